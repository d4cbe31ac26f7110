// The store's central promise under the harshest test we can run: SIGKILL at random moments, 200+ times.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../domain/model';
import { counterOf, CRASH_GROUP_ID } from './crash-counter';
import { tempFolder } from '../test-support/store';

const LANES = 2;
const KILLS_PER_LANE = 105;
const here = path.dirname(fileURLToPath(import.meta.url));

interface Run {
  lastAcked: number;
  exitSignal: NodeJS.Signals | null;
  exitCode: number | null;
  stderr: string;
}

/** Starts the writer, waits for its first acknowledged write, kills it `delayMs` later, returns what it acknowledged. */
function runAndKill(script: string, folder: string, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAcked = -1;
    let buffered = '';
    let stderr = '';
    let killScheduled = false;
    const kill = () => child.kill('SIGKILL');
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) lastAcked = Number(line.slice(4));
      if (lastAcked >= 0 && !killScheduled) {
        killScheduled = true;
        if (delayMs === 0) kill();
        else setTimeout(kill, delayMs);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    // 'exit' fires after the child is reaped, so its pid is gone and its lock is provably stale for the next run.
    child.on('exit', (exitCode, exitSignal) => {
      // Anything still in the pipe was written before the kill: it counts as acknowledged.
      for (const line of buffered.split('\n')) if (line.startsWith('ack ')) lastAcked = Number(line.slice(4));
      resolve({ lastAcked, exitCode, exitSignal, stderr });
    });
  });
}

/** What one lane saw happen, counted as it happened rather than assumed from the number of rounds. */
interface LaneTally {
  /** Writers that ended by SIGKILL (not by exiting on their own). */
  killed: number;
  /** Kills after which the file on disk parsed and held every acknowledged write. */
  verified: number;
  /** Writes the killed writers acknowledged, over all rounds. */
  acknowledged: number;
  /** Kills that landed between a write reaching the disk and its acknowledgement (the file is ahead of the ack). */
  aheadOfAck: number;
}

/** One writer, one folder reused for every restart (so each start must take over the killed writer's lock). */
async function killRepeatedly(script: string, folder: string, rounds: number): Promise<LaneTally> {
  const tally: LaneTally = { killed: 0, verified: 0, acknowledged: 0, aheadOfAck: 0 };
  let highestAcked = 0;
  for (let round = 0; round < rounds; round += 1) {
    // Vary the moment: right at the first ack, or a little later, within a few writes.
    const delayMs = round % 4 === 0 ? 0 : Math.floor(Math.random() * 25);
    const run = await runAndKill(script, folder, delayMs);
    expect(run.stderr).toBe('');
    if (run.exitSignal === 'SIGKILL') tally.killed += 1;
    expect(run.lastAcked).toBeGreaterThan(highestAcked);
    tally.acknowledged += run.lastAcked - highestAcked;

    const onDisk = workspaceSchema.parse(JSON.parse(await readFile(path.join(folder, 'crash.json'), 'utf8')));
    const counter = counterOf(onDisk.group.description);
    if (onDisk.group.id === CRASH_GROUP_ID && counter >= run.lastAcked) tally.verified += 1;
    if (counter > run.lastAcked) tally.aheadOfAck += 1;
    highestAcked = run.lastAcked;
  }
  const groupFiles = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  expect(groupFiles).toEqual(['crash.json']); // nothing quarantined, no conflict copies
  return tally;
}

describe('crash safety', () => {
  it(`survives ${LANES * KILLS_PER_LANE} SIGKILLs without a corrupt file or a lost acknowledged write`, { timeout: 180_000 }, async () => {
    const outdir = await tempFolder();
    const script = path.join(outdir, 'crash-writer.mjs');
    await build({
      entryPoints: [path.join(here, 'crash-writer-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: script,
      logLevel: 'silent',
    });
    // Two independent writers, each on its own folder, use both cores; node's start-up dominates each round.
    const folders = await Promise.all(Array.from({ length: LANES }, () => tempFolder()));
    const lanes = await Promise.all(folders.map((folder) => killRepeatedly(script, folder, KILLS_PER_LANE)));
    const total = (key: keyof LaneTally) => lanes.reduce((sum, lane) => sum + lane[key], 0);
    console.log(
      `crash test: ${total('killed')} SIGKILLs, ${total('verified')} verified on disk, ${total('acknowledged')} acknowledged writes, ` +
        `${total('aheadOfAck')} kills between a write and its acknowledgement`,
    );
    expect(total('killed')).toBeGreaterThanOrEqual(200);
    expect(total('verified')).toBe(total('killed'));
    expect(total('acknowledged')).toBeGreaterThanOrEqual(total('killed'));
  });
});
