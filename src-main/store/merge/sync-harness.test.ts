// The proof that two devices on one synced folder lose nothing: random edits on both, with clock skew, through a sync
// client that delays, reorders, drops, puts back older copies, leaves conflict copies and goes offline for a week.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEVICE_IDS, SyncWorld } from './sync-harness';

type Step = { toString(): string; run(world: SyncWorld): void };
const device = fc.constantFrom(...DEVICE_IDS);
const pick = fc.nat({ max: 20 });
const step = (label: string, run: (world: SyncWorld) => void): Step => ({ toString: () => label, run });

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

const steps = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(device, fc.constantFrom('members', 'themes') as fc.Arbitrary<'members' | 'themes'>).map(([on, list]) => step(`add ${list} on ${on}`, (w) => w.addRecord(on, list))) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(device, pick, fc.constantFrom(['members', 'name'], ['members', 'notes'], ['themes', 'title'], ['group', 'description']) as fc.Arbitrary<[
        'members' | 'themes' | 'group',
        string,
      ]>)
      .map(([on, n, [list, field]]) => step(`set ${list}.${field} #${n} on ${on}`, (w) => w.setField(on, list, n, field))),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(device, pick, fc.boolean()).map(([on, n, empty]) => step(`theme meetingId ${empty ? 'cleared' : 'set'} #${n} on ${on}`, (w) => w.setField(on, 'themes', n, 'meetingId', empty))),
  },
  { weight: 1, arbitrary: fc.tuple(device, pick).map(([on, n]) => step(`delete member #${n} on ${on}`, (w) => w.deleteRecord(on, 'members', n))) },
  { weight: 1, arbitrary: fc.tuple(device, pick, fc.constantFrom('kept', 'other') as fc.Arbitrary<'kept' | 'other'>).map(([on, n, choice]) => step(`resolve #${n} keeping ${choice} on ${on}`, (w) => w.resolveConflict(on, n, choice))) },
  { weight: 6, arbitrary: pick.map((n) => step(`deliver #${n}`, (w) => w.deliver(n))) },
  {
    weight: 2,
    arbitrary: fc.tuple(pick, fc.constantFrom('dropbox', 'onedrive', 'syncthing') as fc.Arbitrary<'dropbox' | 'onedrive' | 'syncthing'>).map(([n, client]) => step(`deliver #${n} as a ${client} conflict copy`, (w) => w.deliver(n, client))),
  },
  { weight: 1, arbitrary: pick.map((n) => step(`drop copy #${n}`, (w) => w.drop(n))) },
  { weight: 2, arbitrary: fc.tuple(device, pick).map(([on, n]) => step(`put back older #${n} on ${on}`, (w) => w.putBackOlder(on, n))) },
  { weight: 1, arbitrary: fc.tuple(device, fc.boolean()).map(([on, online]) => step(`${on} ${online ? 'online' : 'offline'}`, (w) => w.setOnline(on, online))) },
  { weight: 1, arbitrary: fc.constantFrom(1000, HOUR, WEEK).map((ms) => step(`time +${ms} ms`, (w) => w.advance(ms))) },
  { weight: 1, arbitrary: fc.tuple(device, fc.integer({ min: -3 * HOUR, max: 3 * HOUR })).map(([on, ms]) => step(`${on} clock off by ${ms} ms`, (w) => w.skew(on, ms))) },
  { weight: 1, arbitrary: device.map((on) => step(`restart ${on}`, (w) => w.restart(on))) },
);

describe('two devices on one synced folder', () => {
  it('lose no acknowledged change, put every same-field conflict in the inbox, and end equal', () => {
    fc.assert(
      fc.property(fc.array(steps, { maxLength: 45 }), (plan) => {
        const world = new SyncWorld();
        for (const one of plan) one.run(world);
        world.settle();
        world.verify();
      }),
      { numRuns: 200 },
    );
  });

  it('an older copy put back: three members added and acknowledged survive', () => {
    const world = new SyncWorld();
    const [mette, lars] = DEVICE_IDS;
    world.deliver(0);
    const before = world.folders.get(mette)!.history.length;
    for (let index = 0; index < 3; index += 1) world.addRecord(mette, 'members');
    // The sync client writes back the copy from before the three were added, over the file.
    world.putBackOlder(mette, before - 1);
    world.settle();
    world.verify();
    const names = world.devices.get(lars)!.replica.workspace.members.map((one) => one.id);
    expect(names.filter((id) => id.startsWith(mette))).toHaveLength(3);
    expect(JSON.parse(world.folders.get(mette)!.current.text).members).toHaveLength(5);
  });

  it('conflict copies under all three names are merged in and cleared away', () => {
    for (const client of ['dropbox', 'onedrive', 'syncthing'] as const) {
      const world = new SyncWorld();
      const [mette, lars] = DEVICE_IDS;
      world.setField(mette, 'group', 0, 'description');
      world.setField(lars, 'group', 0, 'description');
      world.addRecord(lars, 'members');
      world.inFlight = world.inFlight.filter((copy) => copy.to === mette);
      world.deliver(world.inFlight.length - 1, client);
      expect(world.folders.get(mette)!.droppings.size).toBe(0);
      const replica = world.devices.get(mette)!.replica;
      expect(replica.workspace.members).toHaveLength(3);
      expect(replica.sync.conflicts).toHaveLength(1);
      world.settle();
      world.verify();
    }
  });

  it('a week offline on both sides ends in one replica with both weeks in it', () => {
    const world = new SyncWorld();
    const [mette, lars] = DEVICE_IDS;
    world.setOnline(mette, false);
    for (let day = 0; day < 7; day += 1) {
      world.advance(24 * HOUR);
      world.addRecord(mette, 'members');
      world.addRecord(lars, 'themes');
      world.setField(mette, 'members', day, 'notes');
      world.setField(lars, 'members', day, 'notes');
    }
    world.settle();
    world.verify();
    const replica = world.devices.get(lars)!.replica;
    expect(replica.workspace.members).toHaveLength(2 + 7);
    expect(replica.workspace.themes).toHaveLength(7);
  });
});
