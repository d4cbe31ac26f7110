// The store beside its floor, same bytes, same disk, same run: durable save (one speaker changed) through update vs
// a plain write + fsync + rename; open through the store vs reading the file and JSON.parse.
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Workspace } from '../src-main/domain/model';
import { decodeWorkspace, encodeWorkspace } from '../src-main/store/workspace-codec';
import { folderStatePaths } from '../src-main/store/folder-state';
import { openWorkspaceFolder, UNNAMED_DEVICE_DIR } from '../src-main/store/workspace-folder';
import type { BenchFolders } from './bench-folders';
import { maxEventLoopBlock, megabytes, summarize, timeOnce, type Timing } from './measure';

export interface StoreFigures {
  fileMegabytes: number;
  save: { store: Timing; floor: Timing; maxEventLoopBlockMs: number };
  open: { store: Timing; unrecorded: Timing; floor: Timing; decodeOnly: Timing };
  /**
   * Listing a group's snapshots (the backups panel): the first time (the store kept each summary as it wrote the snapshot); again in the same
   * session; and in the next session, which reads what the first listing kept beside the snapshots.
   */
  listBackups: {
    snapshots: number;
    ms: number;
    againMs: number;
    maxEventLoopBlockMs: number;
    nextSessionMs: number;
    nextSessionMaxEventLoopBlockMs: number;
  };
}

const SAVE_RUNS_PER_RUN = 5;

/** The floor: what any durable replacement of these bytes costs, with nothing of the store's work around it. */
async function plainDurableReplace(target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.floor.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, target);
}

export async function benchStore(folders: BenchFolders, workspace: Workspace, runs: number): Promise<StoreFigures> {
  const folder = await folders.withWorkspaces('store', [workspace]);
  const groupFile = path.join(folder, 'gruppe-1.json');
  const floorFile = path.join(await folders.make('floor'), 'gruppe-1.json');
  const groupId = workspace.group.id;

  // Save: store and floor alternate run by run, so drift in the disk's speed hits both alike. Five times the runs:
  // about one write in twenty of 4.7 MB stalls ~10 ms in the kernel on these machines, store and floor alike, so a
  // p95 of twenty saves is decided by which side met one more stall (docs/PERFORMANCE.md).
  const saveRuns = runs * SAVE_RUNS_PER_RUN;
  const store = await openWorkspaceFolder({ folder, watch: false });
  const storeSaves: number[] = [];
  const floorSaves: number[] = [];
  let maxBlock = 0;
  for (let run = -1; run < saveRuns; run += 1) {
    const notes = `Gemt i kørsel ${run}`;
    let elapsed = 0;
    const block = await maxEventLoopBlock(async () => {
      elapsed = await timeOnce(() =>
        // A facilitator's typical save: one entry of the longest list (5,000 speakers) changed.
        store.update(groupId, (draft) => {
          draft.speakers[((run + 2) * 37) % draft.speakers.length]!.notes = notes;
        }),
      );
    });
    const bytes = encodeWorkspace(store.get(groupId) as Workspace);
    const floor = await timeOnce(() => plainDurableReplace(floorFile, bytes));
    if (run < 0) continue; // the first run warms caches and the JIT on both sides
    storeSaves.push(elapsed);
    floorSaves.push(floor);
    maxBlock = Math.max(maxBlock, block);
  }
  await store.close();
  const fileBytes = await readFile(groupFile);

  // Open: the store's whole open (lock, scan, read, validate, migrate, open snapshot) vs read + JSON.parse. As the app
  // opens it day to day: the file is the one the store closed with, so its bytes are in the record of validated files
  // (verified-record.ts) and are not validated again. Beside it, the same open with no record (a file changed
  // elsewhere, or the first open on this machine): validated in full.
  const opens: number[] = [];
  const unrecordedOpens: number[] = [];
  const parses: number[] = [];
  const decodes: number[] = [];
  const openOnce = () =>
    timeOnce(async () => {
      const opened = await openWorkspaceFolder({ folder, watch: false });
      await opened.close();
    });
  for (let run = -1; run < runs; run += 1) {
    const storeOpen = await openOnce();
    await rm((await folderStatePaths(UNNAMED_DEVICE_DIR, folder)).verified, { force: true });
    const unrecordedOpen = await openOnce();
    const parse = await timeOnce(async () => JSON.parse(await readFile(groupFile, 'utf8')));
    const decode = await timeOnce(async () => decodeWorkspace(await readFile(groupFile)));
    if (run < 0) continue;
    opens.push(storeOpen);
    unrecordedOpens.push(unrecordedOpen);
    parses.push(parse);
    decodes.push(decode);
  }
  const listBackups = await benchListBackups(folder, groupId, Math.min(runs, 20));
  return {
    listBackups,
    fileMegabytes: megabytes(fileBytes.length),
    save: { store: summarize(storeSaves), floor: summarize(floorSaves), maxEventLoopBlockMs: maxBlock },
    open: { store: summarize(opens), unrecorded: summarize(unrecordedOpens), floor: summarize(parses), decodeOnly: summarize(decodes) },
  };
}

interface Listing {
  snapshots: number;
  ms: number;
  maxEventLoopBlockMs: number;
}

/** A day of editing leaves up to 48 snapshots; `count` saves with no interval between snapshots make them quickly. */
async function benchListBackups(folder: string, groupId: string, count: number): Promise<StoreFigures['listBackups']> {
  const store = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: 0 });
  let first: Listing;
  let againMs: number;
  try {
    for (let index = 0; index < count; index += 1) {
      await store.update(groupId, (draft) => {
        draft.group.description = `Snapshot ${index}`;
      });
    }
    first = await timedListing(store, groupId);
    // Asked again (another group switch): snapshots already checked are not decoded again.
    againMs = await timeOnce(() => store.listBackups(groupId));
  } finally {
    await store.close();
  }
  // The next session (the file is as the newest snapshot holds it, so opening takes no new one).
  const reopened = await openWorkspaceFolder({ folder, watch: false, backupIntervalMs: 0 });
  try {
    const next = await timedListing(reopened, groupId);
    return { ...first, againMs, nextSessionMs: next.ms, nextSessionMaxEventLoopBlockMs: next.maxEventLoopBlockMs };
  } finally {
    await reopened.close();
  }
}

async function timedListing(store: Awaited<ReturnType<typeof openWorkspaceFolder>>, groupId: string): Promise<Listing> {
  let snapshots = 0;
  let ms = 0;
  const maxEventLoopBlockMs = await maxEventLoopBlock(async () => {
    ms = await timeOnce(async () => {
      snapshots = (await store.listBackups(groupId)).length;
    });
  });
  return { snapshots, ms, maxEventLoopBlockMs };
}
