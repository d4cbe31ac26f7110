import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections, workspaceSchema, type Workspace } from '../domain/model';
import type { WorkspaceStore } from '../store/types';
import { createWorkspaceSearch } from './workspace-search';

function groupWithNotes(notes: string): Workspace {
  return workspaceSchema.parse({
    ...emptyWorkspaceCollections(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: { id: 'east', name: 'CIO Øst', language: 'da', archived: false, createdAt: '2020-01-01T00:00:00.000Z' },
    speakers: [{ id: 's1', name: 'René Holm', notes }],
  });
}

/** A store stand-in that counts how often the search service reads a group. */
function storeHolding(initial: Workspace) {
  const held = { workspace: initial, reads: 0 };
  const store = {
    listGroups: () => [{ id: held.workspace.group.id }],
    get: () => {
      held.reads += 1;
      return held.workspace;
    },
  } as unknown as WorkspaceStore;
  return { held, store };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const speakerNotes = async (search: ReturnType<typeof createWorkspaceSearch>, query: string) =>
  (await search.search({ query })).hits.map((hit) => hit.kind);

describe('createWorkspaceSearch', () => {
  it('re-indexes a saved group after the save\'s event has been handed on, not while it is', async () => {
    const { held, store } = storeHolding(groupWithNotes('Kvantecomputere'));
    const search = createWorkspaceSearch(() => store);
    await search.ready();
    held.workspace = groupWithNotes('Cloud exit');
    const readsBefore = held.reads;
    search.handle({ type: 'groupChanged', groupId: 'east' });
    expect(held.reads).toBe(readsBefore);
    await nextTurn();
    expect(held.reads).toBe(readsBefore + 1);
    expect(await speakerNotes(search, 'cloud')).toEqual(['speaker']);
    expect(await speakerNotes(search, 'kvantecomputere')).toEqual([]);
  });

  it('answers a search asked right after a save with the saved words', async () => {
    const { held, store } = storeHolding(groupWithNotes('Kvantecomputere'));
    const search = createWorkspaceSearch(() => store);
    await search.ready();
    held.workspace = groupWithNotes('Cloud exit');
    search.handle({ type: 'groupChanged', groupId: 'east' });
    expect(await speakerNotes(search, 'cloud')).toEqual(['speaker']);
  });

  it('builds the index afresh when catching up fails, and answers from it', async () => {
    const { held, store } = storeHolding(groupWithNotes('Kvantecomputere'));
    const search = createWorkspaceSearch(() => store);
    await search.ready();
    // A saved state the index fails to read once (any error: the index is dropped and built again).
    let failures = 1;
    held.workspace = new Proxy(groupWithNotes('Cloud exit'), {
      get(target, key) {
        if (key === 'members' && failures > 0) {
          failures -= 1;
          throw new Error('unreadable');
        }
        return Reflect.get(target, key);
      },
    });
    search.handle({ type: 'groupChanged', groupId: 'east' });
    expect(await speakerNotes(search, 'cloud')).toEqual(['speaker']);
  });

  it('reads a group saved several times in one turn once', async () => {
    const { held, store } = storeHolding(groupWithNotes('Kvantecomputere'));
    const search = createWorkspaceSearch(() => store);
    await search.ready();
    const readsBefore = held.reads;
    for (const notes of ['Én', 'To', 'Tre']) {
      held.workspace = groupWithNotes(notes);
      search.handle({ type: 'groupChanged', groupId: 'east' });
    }
    await nextTurn();
    expect(held.reads).toBe(readsBefore + 1);
    expect(await speakerNotes(search, 'tre')).toEqual(['speaker']);
  });
});
