import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { member, Device, fromFile, toFile } from './merge-test-support';
import { mergeReplicas } from './merge-replicas';
import { applyChoice, markResolved, openConflicts } from './conflict-inbox';
import type { Replica } from './sync-state';

const names = ['Ane', 'Bo', 'Carl', 'Dorte', 'Eva'];

/** Random edits on three devices with random exchanges: replicas with real histories to test the laws on. */
const historiesArb = fc.array(
  fc.record({
    device: fc.integer({ min: 0, max: 2 }),
    kind: fc.constantFrom('name', 'notes', 'add', 'delete', 'description', 'exchange'),
    target: fc.integer({ min: 0, max: 4 }),
    from: fc.integer({ min: 0, max: 2 }),
    skewMs: fc.integer({ min: -7_200_000, max: 7_200_000 }),
  }),
  { maxLength: 25 },
);

function replicasAfter(steps: ReturnType<typeof historiesArb.generate>['value']): Replica[] {
  const devices = ['a', 'b', 'c'].map((id) => new Device(id));
  let counter = 0;
  for (const step of steps) {
    const device = devices[step.device]!;
    device.offsetMs = step.skewMs;
    const id = `m-${step.target}`;
    counter += 1;
    if (step.kind === 'exchange') device.receive(fromFile(toFile(devices[step.from]!.replica)));
    else if (step.kind === 'add') device.edit((draft) => void draft.members.push(member(`${device.id}-${counter}`, names[step.target]!)));
    else if (step.kind === 'delete') device.edit((draft) => void (draft.members = draft.members.filter((one) => one.id !== id)));
    else if (step.kind === 'description') device.edit((draft) => void (draft.group.description = `${device.id}${counter}`));
    else {
      device.edit((draft) => {
        const found = draft.members.find((one) => one.id === id);
        if (found) found[step.kind as 'name' | 'notes'] = `${device.id}${counter}`;
      });
    }
  }
  return devices.map((device) => fromFile(toFile(device.replica)));
}

const content = (replica: Replica) => JSON.parse(toFile(replica)) as unknown;
/** Everything but the inbox: which conflicts a merge notices can depend on the order three files meet in. */
const data = (replica: Replica) => content({ ...replica, sync: { ...replica.sync, conflicts: [] } });
const conflictIds = (replica: Replica) => replica.sync.conflicts.map((conflict) => conflict.id);

describe('merge laws', () => {
  it('is commutative and idempotent, associative on the data, and never forgets a recorded conflict', () => {
    fc.assert(
      fc.property(historiesArb, (steps) => {
        const [a, b, c] = replicasAfter(steps) as [Replica, Replica, Replica];
        const merge = (x: Replica, y: Replica) => mergeReplicas(x, y).merged;
        expect(content(merge(a, b))).toEqual(content(merge(b, a)));
        expect(data(merge(merge(a, b), c))).toEqual(data(merge(a, merge(b, c))));
        const ab = merge(a, b);
        expect(conflictIds(merge(ab, c))).toEqual(expect.arrayContaining([...conflictIds(ab), ...conflictIds(c)]));
        expect(content(merge(ab, ab))).toEqual(content(ab));
        // An older state of either side adds nothing.
        expect(content(merge(ab, a))).toEqual(content(ab));
      }),
      { numRuns: 150 },
    );
  });
});

describe('merge edges', () => {
  it('keeps changes to different fields and different records silently', () => {
    const a = new Device('a');
    const b = new Device('b');
    a.edit((draft) => void (draft.members[0]!.notes = 'from a'));
    b.edit((draft) => void (draft.members[0]!.email = 'b@example.dk'));
    b.edit((draft) => void draft.members.push(member('m-3', 'Carl')));
    const conflicts = a.receive(fromFile(toFile(b.replica)));
    expect(conflicts).toEqual([]);
    expect(a.replica.workspace.members.map((one) => [one.id, one.notes, one.email])).toEqual([
      ['m-1', 'from a', 'b@example.dk'],
      ['m-2', '', ''],
      ['m-3', '', ''],
    ]);
  });

  it('a same-field change on both sides keeps the later one and puts both in the inbox', () => {
    const a = new Device('a');
    const b = new Device('b');
    b.offsetMs = 1000;
    a.edit((draft) => void (draft.members[0]!.name = 'Birgitte A'));
    b.edit((draft) => void (draft.members[0]!.name = 'Birgitte B'));
    const [conflict] = a.receive(fromFile(toFile(b.replica)));
    expect(a.replica.workspace.members[0]!.name).toBe('Birgitte B');
    expect(conflict).toMatchObject({ collection: 'members', recordId: 'm-1', field: 'name', kept: { value: 'Birgitte B' }, other: { value: 'Birgitte A' } });
    // The other device, merging the first one's file, records the very same conflict once.
    b.receive(fromFile(toFile(a.replica)));
    expect(b.replica.sync.conflicts).toEqual(a.replica.sync.conflicts);
    expect(openConflicts(a.replica.sync, a.replica.workspace)).toHaveLength(1);
  });

  it('a change made after seeing the other is no conflict, even from a clock that is behind', () => {
    const a = new Device('a');
    const b = new Device('b');
    a.offsetMs = 3_600_000;
    a.edit((draft) => void (draft.group.description = 'first'));
    b.receive(fromFile(toFile(a.replica)));
    b.edit((draft) => void (draft.group.description = 'second'));
    expect(a.receive(fromFile(toFile(b.replica)))).toEqual([]);
    expect(a.replica.workspace.group.description).toBe('second');
  });

  it('only a tombstone deletes; a record missing from an older copy stays', () => {
    const a = new Device('a');
    const older = fromFile(toFile(a.replica));
    a.edit((draft) => void draft.members.push(member('m-3', 'Carl'), member('m-4', 'Dorte'), member('m-5', 'Eva')));
    a.edit((draft) => void (draft.members = draft.members.filter((one) => one.id !== 'm-1')));
    const before = toFile(a.replica);
    expect(a.receive(older)).toEqual([]);
    expect(toFile(a.replica)).toBe(before);
    expect(a.replica.workspace.members.map((one) => one.id)).toEqual(['m-2', 'm-3', 'm-4', 'm-5']);
    const b = new Device('b');
    b.receive(fromFile(toFile(a.replica)));
    expect(b.replica.workspace.members.map((one) => one.id)).toEqual(['m-2', 'm-3', 'm-4', 'm-5']);
  });

  it('a record made again after its deletion (a restored backup) lives', () => {
    const a = new Device('a');
    const b = new Device('b');
    const withMember = a.replica.workspace.members[0]!;
    a.edit((draft) => void draft.members.shift());
    b.receive(fromFile(toFile(a.replica)));
    a.edit((draft) => void draft.members.unshift(withMember));
    b.receive(fromFile(toFile(a.replica)));
    expect(b.replica.workspace.members.map((one) => one.id)).toContain('m-1');
  });

  it('values an editor changed without stamping win as a change made now, and ours goes to the inbox', () => {
    const a = new Device('a');
    a.edit((draft) => void (draft.members[0]!.notes = 'typed in the app'));
    const edited = fromFile(toFile(a.replica).replace('typed in the app', 'typed in an editor'));
    const [conflict] = a.receive(edited);
    expect(a.replica.workspace.members[0]!.notes).toBe('typed in an editor');
    expect(conflict).toMatchObject({ field: 'notes', kept: { value: 'typed in an editor' }, other: { value: 'typed in the app' } });
    // And the new stamp makes it win on the other device too.
    const b = new Device('b');
    b.receive(fromFile(toFile(a.replica)));
    expect(b.replica.workspace.members[0]!.notes).toBe('typed in an editor');
  });

  it('a file from an app that knows no stamps overwrites nothing we changed; its differing values wait in the inbox', () => {
    const a = new Device('a');
    const legacy = fromFile(toFile(a.replica).replace('"description": ""', '"description": "old app"').replace('"notes": ""', '"notes": "old app note"'));
    a.edit((draft) => void (draft.group.description = 'ours'));
    a.receive(legacy, false);
    const merged = a.replica;
    expect(merged.workspace.group.description).toBe('ours');
    expect(merged.workspace.members[0]!.notes).toBe('old app note');
    expect(merged.sync.conflicts.map((conflict) => [conflict.field, conflict.kept.value, conflict.other.value])).toEqual([
      ['description', 'ours', 'old app'],
      ['notes', 'old app note', ''],
    ]);
  });

  it('two files from before stamps existed that differ pick the same value on both devices', () => {
    const a = new Device('a');
    const b = new Device('b');
    const fileA = fromFile(toFile(a.replica).replace('"description": ""', '"description": "A"'));
    const fileB = fromFile(toFile(b.replica).replace('"description": ""', '"description": "B"'));
    expect(content(mergeReplicas(fileA, fileB).merged)).toEqual(content(mergeReplicas(fileB, fileA).merged));
    expect(mergeReplicas(fileA, fileB).newConflicts).toHaveLength(1);
  });

  it('resolving keeps the chosen value everywhere, and the resolution travels', () => {
    const a = new Device('a');
    const b = new Device('b');
    a.edit((draft) => void (draft.group.description = 'A'));
    b.offsetMs = 5;
    b.edit((draft) => void (draft.group.description = 'B'));
    const [conflict] = a.receive(fromFile(toFile(b.replica)));
    a.edit((draft) => applyChoice(draft, conflict!, 'other'));
    a.replica = { ...a.replica, sync: markResolved(a.replica.sync, conflict!.id, a.clock.tick()) };
    b.receive(fromFile(toFile(a.replica)));
    expect(b.replica.workspace.group.description).toBe('A');
    expect(openConflicts(b.replica.sync, b.replica.workspace)).toEqual([]);
  });
});
