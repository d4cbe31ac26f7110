import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace';
import type { Workspace } from './model';
import { touchesParts, workspaceChanges } from './workspace-changes';

const base: Workspace = generateWorkspace(3, { years: 1, members: 5, speakers: 5, invitations: 2, actions: 2 });

describe('workspaceChanges', () => {
  it('names nothing when the state is the same object', () => {
    expect(workspaceChanges(base, base)).toEqual({});
  });

  it('names the one record an update changed, and only its list', () => {
    const after = produce(base, (draft) => {
      draft.members[2]!.notes = 'ny note';
    });
    expect(workspaceChanges(base, after)).toEqual({ members: [base.members[2]!.id] });
  });

  it('names added and removed records', () => {
    const added = { ...base.speakers[0]!, id: 'ny-taler' };
    const after = produce(base, (draft) => {
      draft.speakers.splice(1, 1);
      draft.speakers.push(added);
    });
    expect(workspaceChanges(base, after).speakers?.sort()).toEqual([base.speakers[1]!.id, 'ny-taler'].sort());
  });

  it('counts a list put in another order as a change of every record in it', () => {
    const after = { ...base, members: [...base.members].reverse() };
    expect(workspaceChanges(base, after).members?.sort()).toEqual(base.members.map((member) => member.id).sort());
  });

  it('names the group record when it changed', () => {
    const after = produce(base, (draft) => {
      draft.group.name = 'Nyt navn';
    });
    expect(workspaceChanges(base, after)).toEqual({ group: [base.group.id] });
  });
});

describe('touchesParts', () => {
  it('is true for a change that names nothing (anything may have changed)', () => {
    expect(touchesParts(undefined, ['members'])).toBe(true);
  });

  it('is true only for the parts named', () => {
    expect(touchesParts({ speakers: ['a'] }, ['members', 'speakers'])).toBe(true);
    expect(touchesParts({ speakers: ['a'] }, ['members'])).toBe(false);
  });
});
