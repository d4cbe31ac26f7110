// The sync stamps an update leaves: the changed fields, the new records and the tombstones, whether the lists still
// line up record for record (compared by position) or not (compared by id).
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../bench/generate-workspace';
import { workspaceSchema, type Workspace } from '../../domain/model';
import { deviceOf, formatStamp } from './hlc';
import { stampChanges } from './stamp-changes';
import { emptySyncState } from './sync-state';

const base: Workspace = workspaceSchema.parse(generateWorkspace(4, { years: 1, members: 4, speakers: 6, invitations: 1, actions: 1 }));
const STAMP = formatStamp(Date.UTC(2026, 11, 4, 10), 0, 'enhed');
const stampsAfter = (after: Workspace, before: Workspace = base) => stampChanges(before, after, emptySyncState(), STAMP);

describe('stampChanges', () => {
  it('stamps only the fields of the record changed in place', () => {
    const after = produce(base, (draft) => {
      draft.speakers[3]!.notes = 'Ny note';
    });
    const sync = stampsAfter(after);
    expect(sync.stamps).toEqual({ speakers: { [base.speakers[3]!.id]: { fields: { notes: STAMP } } } });
    expect(sync.deleted).toEqual({});
    expect(sync.seen).toEqual({ [deviceOf(STAMP)]: STAMP });
  });

  it('stamps a new record as created and a removed one with a tombstone, also beside a change in place', () => {
    const added = { ...base.speakers[0]!, id: 'ny-taler' };
    const after = produce(base, (draft) => {
      draft.speakers.splice(1, 1);
      draft.speakers[2]!.notes = 'Ny note';
      draft.speakers.push(added);
    });
    const sync = stampsAfter(after);
    expect(sync.stamps.speakers).toEqual({ 'ny-taler': { created: STAMP }, [base.speakers[3]!.id]: { fields: { notes: STAMP } } });
    expect(sync.deleted).toEqual({ speakers: { [base.speakers[1]!.id]: STAMP } });
  });

  it('leaves the state as it was for records only put in another order', () => {
    const before = emptySyncState();
    expect(stampChanges(base, { ...base, members: [...base.members].reverse() }, before, STAMP)).toBe(before);
  });

  it('stamps only the first record of an id, in place or beside a new record', () => {
    const twice = { ...base, speakers: [...base.speakers, { ...base.speakers[0]!, notes: 'Kopi' }] };
    const last = twice.speakers.length - 1;
    const changedCopy = produce(twice, (draft) => {
      draft.speakers[last]!.notes = 'Kopi ændret';
    });
    expect(stampsAfter(changedCopy, twice).stamps).toEqual({});
    const changedCopyAndAdded = produce(changedCopy, (draft) => {
      draft.speakers.push({ ...base.speakers[1]!, id: 'ny-taler' });
    });
    expect(stampsAfter(changedCopyAndAdded, twice).stamps).toEqual({ speakers: { 'ny-taler': { created: STAMP } } });
    const changedFirst = produce(twice, (draft) => {
      draft.speakers[0]!.bio = 'Ny bio';
    });
    expect(stampsAfter(changedFirst, twice).stamps).toEqual({ speakers: { [base.speakers[0]!.id]: { fields: { bio: STAMP } } } });
  });
});
