// Merging two replicas of the large workspace that differ in 1% of their records, half changed on each device, the
// way the store meets another device's file: ours in memory (deep-frozen, as the store holds it), theirs freshly
// parsed from its bytes, so no record is shared between the two and every one of them has to be compared.
import { produce } from 'immer';
import { workspaceSchema, type Workspace } from '../src-main/domain/model';
import { deepFreeze } from '../src-main/store/deep-freeze';
import { HybridClock } from '../src-main/store/merge/hlc';
import { applyLocalChange, receive } from '../src-main/store/merge/replica';
import { emptySyncState, LIST_NAMES, syncStateSchema, type Replica } from '../src-main/store/merge/sync-state';
import { encodeWorkspace } from '../src-main/store/workspace-codec';
import { megabytes, timeRepeated, type Timing } from './measure';

export interface MergeFigures {
  fileMegabytes: number;
  records: number;
  changedRecords: number;
  merge: Timing;
}

export async function benchMerge(workspace: Workspace, runs: number): Promise<MergeFigures> {
  const start: Replica = { workspace: deepFreeze(workspaceSchema.parse(workspace)), sync: emptySyncState() };
  const records = LIST_NAMES.reduce((sum, list) => sum + (workspace[list] as readonly unknown[]).length, 0);
  const changedRecords = Math.max(2, Math.round(records / 100));
  const now = Date.parse('2026-12-02T10:00:00Z');
  const ours = edited(start, new HybridClock('bench-ours', () => now), changedRecords / 2, 0);
  const theirsDevice = new HybridClock('bench-theirs', () => now + 1000);
  const theirs = edited(start, theirsDevice, changedRecords / 2, 1);
  const theirBytes = encodeWorkspace({ ...theirs.workspace, sync: theirs.sync });
  const fromFile = (): Replica => {
    const raw = JSON.parse(new TextDecoder().decode(theirBytes)) as Record<string, unknown>;
    return { workspace: workspaceSchema.parse(raw), sync: syncStateSchema.parse(raw.sync) };
  };
  let file = fromFile();
  const clock = new HybridClock('bench-ours', () => now + 2000);
  const merge = await timeRepeated(runs, () => receive(ours, file, clock), { between: () => void (file = fromFile()) });
  return { fileMegabytes: megabytes(theirBytes.byteLength), records, changedRecords, merge };
}

/** `count` speakers changed on one device (every other one, offset so the two devices change different ones). */
function edited(replica: Replica, clock: HybridClock, count: number, offset: number): Replica {
  const next = produce(replica.workspace, (draft) => {
    for (let index = 0; index < count; index += 1) {
      const speaker = draft.speakers[(index * 2 + offset) % draft.speakers.length];
      if (speaker) speaker.notes = `Ændret på enhed ${offset} (${index})`;
    }
  });
  return applyLocalChange(replica, deepFreeze(next), clock);
}
