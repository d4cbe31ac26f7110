// The search index as a service of the main process: built once, in slices so the event loop never stalls, when the
// first search (or the search page opening) asks for it; then kept current from the store's change events, one
// group's changed entries per save. Never rebuilt per keystroke or per query. A save's re-indexing waits until the
// save's reply and event are on their way (a search asked meanwhile catches up first), so no write waits on it.
import type { AppEvent } from '../domain/views';
import type { WorkspaceStore } from '../store/types';
import { SearchIndex, type SearchRequest } from './search-index';
import type { SearchAnswer } from '../api/operations/search';

/** Entries added between two breaths of the event loop during the build (a few milliseconds of work each). */
const BUILD_SLICE = 400;

export interface WorkspaceSearch {
  /** Answers once the index is built; the first call starts the build. */
  search(request: SearchRequest): Promise<SearchAnswer>;
  /** Starts the build without waiting for it, so the index is ready by the time the facilitator has typed. */
  warmUp(): void;
  /** The store's events: a saved group is re-indexed, a group added or removed follows; just after, not during. */
  handle(event: AppEvent): void;
  /** Resolves once the index is built (tests and the bench). */
  ready(): Promise<void>;
}

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createWorkspaceSearch(store: () => WorkspaceStore): WorkspaceSearch {
  let index = new SearchIndex();
  let building: Promise<void> | null = null;
  let built = false;

  const workspaceOf = (groupId: string) => {
    try {
      return store().get(groupId);
    } catch {
      return null; // gone (removed, quarantined, another folder) or the store is closing: nothing to index
    }
  };

  const syncGroup = (groupId: string) => {
    const workspace = workspaceOf(groupId);
    if (!workspace) index.removeGroup(groupId);
    else if (index.indexedWorkspace(groupId) !== workspace) index.updateGroup(workspace);
  };

  const listedGroupIds = (): string[] | null => {
    try {
      return store().listGroups().map((summary) => summary.id);
    } catch {
      return null; // the store is closing
    }
  };

  const syncAll = () => {
    const listed = listedGroupIds();
    if (!listed) return;
    for (const groupId of index.indexedGroupIds()) if (!listed.includes(groupId)) index.removeGroup(groupId);
    for (const groupId of listed) syncGroup(groupId);
  };

  // Groups saved since the index last caught up; `everyGroup` when groups were added or removed.
  const saved = new Set<string>();
  let everyGroup = false;
  let catchUpScheduled = false;

  const forget = () => {
    // The index must never break a save's event: it is dropped and built afresh by the next search.
    index = new SearchIndex();
    built = false;
    building = null;
  };

  const catchUp = () => {
    catchUpScheduled = false;
    const groupIds = [...saved];
    const all = everyGroup;
    saved.clear();
    everyGroup = false;
    if (!built) return;
    try {
      if (all) syncAll();
      else for (const groupId of groupIds) syncGroup(groupId);
    } catch {
      forget();
    }
  };

  const build = async () => {
    for (const groupId of listedGroupIds() ?? []) {
      await breathe();
      const workspace = workspaceOf(groupId);
      if (!workspace) continue;
      const steps = index.changeSteps(workspace);
      let step = steps.next();
      while (!step.done) {
        await breathe();
        step = steps.next();
      }
      const { add, discard } = step.value;
      for (let from = 0; from < add.length || from === 0; from += BUILD_SLICE) {
        if (from > 0) await breathe();
        index.apply({ add: add.slice(from, from + BUILD_SLICE), discard: from === 0 ? discard : [] });
      }
      index.commit(groupId);
    }
    built = true;
    // Saves made while the build ran: their groups may have been read before the change.
    syncAll();
  };

  const ready = () => {
    building ??= build();
    return building;
  };

  return {
    async search(request) {
      await ready();
      catchUp();
      // A catch-up that failed dropped the index: built afresh before answering, not answered from an empty one.
      if (!built) await ready();
      return index.search(request);
    },
    warmUp() {
      void ready();
    },
    handle(event) {
      if (!built) return;
      if (event.type === 'groupChanged') saved.add(event.groupId);
      else if (event.type === 'groupsChanged') everyGroup = true;
      else return;
      if (catchUpScheduled) return;
      catchUpScheduled = true;
      setImmediate(catchUp);
    },
    ready,
  };
}
