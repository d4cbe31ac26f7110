// update()'s draft is a deep copy of the current state: nothing a mutate does, kept or thrown away, reaches an
// earlier snapshot, however deep (arrays in arrays, records of votes).
import { describe, expect, it } from 'vitest';
import { sampleWorkspace, tempFolder } from '../test-support/store';
import { openWorkspaceFolder } from './workspace-folder';

describe('update drafts', () => {
  it('are deep copies: a rejected or a kept change never alters an earlier snapshot', async () => {
    const store = await openWorkspaceFolder({ folder: await tempFolder(), watch: false });
    await store.create({
      ...sampleWorkspace(),
      themes: [{ id: 't-1', title: 'AI', votes: { 'm-1': 1 }, status: 'waiting' }],
    });
    const before = store.get('grp-1');
    const beforeJson = JSON.stringify(before);

    await expect(
      store.update('grp-1', (draft) => {
        draft.members[0]!.employments.push({ organisation: 'Region Nord', title: '', sector: 'region' });
        draft.themes[0]!.votes['m-1'] = 3;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(JSON.stringify(store.get('grp-1'))).toBe(beforeJson);

    const after = await store.update('grp-1', (draft) => {
      draft.themes[0]!.votes['m-1'] = 2;
      draft.members[0]!.employments.push({ organisation: 'Region Nord', title: '', sector: 'region' });
    });
    expect(JSON.stringify(before)).toBe(beforeJson);
    expect(after.themes[0]!.votes).toEqual({ 'm-1': 2 });
    expect(after.members[0]!.employments).toHaveLength(1);
    expect(Object.isFrozen(after.themes[0]!.votes)).toBe(true);
    await store.close();
  });

  it('hand the state the draft starts from, so a list rebuilt from it keeps every record it does not replace', async () => {
    const store = await openWorkspaceFolder({ folder: await tempFolder(), watch: false });
    const members = ['m-1', 'm-2', 'm-3'].map((id) => ({ id, name: `Medlem ${id}`, email: '', phone: '', employments: [], notes: '' }));
    await store.create({ ...sampleWorkspace(), members });
    const before = store.get('grp-1');

    let given: unknown;
    const after = await store.update('grp-1', (draft, current) => {
      given = current;
      draft.members = current.members.map((member) => (member.id === 'm-2' ? { ...member, notes: 'Ny note' } : member));
    });
    expect(given).toBe(before);
    expect(after.members.map((member) => member.notes)).toEqual(['', 'Ny note', '']);
    expect(after.members[0]).toBe(before.members[0]);
    expect(after.members[2]).toBe(before.members[2]);
    expect(Object.isFrozen(after.members[1])).toBe(true);
    expect(store.get('grp-1')).toBe(after);
    await store.close();
  });
});
