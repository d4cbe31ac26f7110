// `npm run bench`: every figure of issue 6 beside its floor and target; prints a table and writes a JSON file.
// `--short` runs the same code on small sizes with few iterations (CI: it must not rot); `--dir` picks the disk;
// `--out` the JSON file (default bench/results/latest.json, or the temp folder for --short); `--renderer` adds the
// Chromium figures (needs a built renderer and /usr/bin/chromium).
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchFolders } from './bench-folders';
import { benchMerge } from './merge-bench';
import { benchExports, type ExportFigures } from './export-bench';
import { generateWorkspace, TWENTY_YEARS, TWO_YEARS } from './generate-workspace';
import { describeMachine, formatTable, row, type Row } from './report';
import { benchSearch } from './search-bench';
import { benchMemorySearch } from './memory-search-bench';
import { benchStart } from './start-bench';
import { benchStoreBreakdown } from './store-breakdown';
import { benchStore } from './store-bench';

const { values } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    dir: { type: 'string' },
    out: { type: 'string' },
    renderer: { type: 'boolean', default: false },
  },
});
const short = values.short ?? false;
const size = short ? TWO_YEARS : TWENTY_YEARS;
const runs = short ? 3 : 20;
const groupCount = short ? 3 : 10;
const benchRoot = path.resolve(values.dir ?? os.tmpdir());
const outFile = path.resolve(
  values.out ?? (short ? path.join(os.tmpdir(), 'netvaerk-bench-short.json') : fileURLToPath(new URL('./results/latest.json', import.meta.url))),
);

const log = (message: string) => process.stderr.write(`${message}\n`);
const started = performance.now();
const loadAtStart = os.loadavg()[0]!;
const folders = await benchFolders(benchRoot);
const rows: Row[] = [];
try {
  log(`Generating ${groupCount} groups (${size.years} years, ${size.speakers} speakers each)…`);
  const workspaces = Array.from({ length: groupCount }, (_, index) => generateWorkspace(index + 1, size));
  const large = workspaces[0]!;

  log('Store: save and open against their floors…');
  const store = await benchStore(folders, large, runs);
  const fileSize = `${store.fileMegabytes.toFixed(1)} MB`;
  rows.push(
    row('store', `save p50 (${fileSize}, ${store.save.store.runs} saves)`, store.save.store.p50, 'ms', { floor: store.save.floor.p50 }),
    row('store', `save p95 (${fileSize}, ${store.save.store.runs} saves)`, store.save.store.p95, 'ms', { floor: store.save.floor.p95, max: 100, maxRatioToFloor: 1.5 }),
    row('store', 'open p50 (the file as the store closed it: validated before)', store.open.store.p50, 'ms', { floor: store.open.floor.p50 }),
    row('store', 'open p95 (the file as the store closed it: validated before)', store.open.store.p95, 'ms', { floor: store.open.floor.p95, max: 150, maxRatioToFloor: 3 }),
    row('store', 'open p50 (no record of it: validated in full)', store.open.unrecorded.p50, 'ms', { floor: store.open.floor.p50 }),
    row('store', 'open p95 (no record of it: validated in full)', store.open.unrecorded.p95, 'ms', { floor: store.open.floor.p95, max: 150, maxRatioToFloor: 3 }),
    row('store', 'open: read + validate + migrate only, p95', store.open.decodeOnly.p95, 'ms', { floor: store.open.floor.p95 }),
    row('main', 'event-loop block during save (max)', store.save.maxEventLoopBlockMs, 'ms', { max: 50 }),
  );
  rows.push(
    row('store', `list backups, first time (${store.listBackups.snapshots} snapshots)`, store.listBackups.ms, 'ms', { max: 100 }),
    row('store', 'list backups again', store.listBackups.againMs, 'ms'),
    row('main', 'event-loop block while listing backups (max)', store.listBackups.maxEventLoopBlockMs, 'ms', { max: 50 }),
    row('store', 'list backups, next session (from summaries)', store.listBackups.nextSessionMs, 'ms'),
    row('main', 'event-loop block while listing backups, next session (max)', store.listBackups.nextSessionMaxEventLoopBlockMs, 'ms', { max: 50 }),
  );
  const steps = await benchStoreBreakdown(large, runs);
  rows.push(
    row('store steps', 'validate all of it (as an open does), p50', steps.validate.p50, 'ms'),
    row('store steps', 'validate a draft with one speaker changed (as a save does), p50', steps.validateOneSpeakerChanged.p50, 'ms'),
    row('store steps', 'encode all of it, nothing cached (first save after opening), p50', steps.encodeWhole.p50, 'ms'),
    row('store steps', 'encode with one speaker changed (as a save does), p50', steps.encodeOneSpeakerChanged.p50, 'ms'),
    row('store steps', 'encode compact JSON.stringify (for comparison), p50', steps.encodeCompact.p50, 'ms'),
    row('store steps', 'sha-256 of the file (only when a file stamp differs), p50', steps.hash.p50, 'ms'),
    row('store steps', 'open: strict UTF-8 check, p50', steps.utf8Check.p50, 'ms'),
    row('store steps', 'open: JSON.parse, p50', steps.jsonParse.p50, 'ms'),
  );

  log('Merge: two replicas of the large group that differ in 1% of their records…');
  const merge = await benchMerge(large, runs);
  const mergeLabel = `merge two ${merge.fileMegabytes.toFixed(1)} MB replicas differing in 1% of records (${merge.changedRecords} of ${merge.records})`;
  rows.push(
    row('merge', `${mergeLabel}, p50`, merge.merge.p50, 'ms', { max: 100 }),
    row('merge', `${mergeLabel}, p95`, merge.merge.p95, 'ms'),
  );

  log(`Start: the services over ${groupCount} groups…`);
  const start = await benchStart(folders, workspaces);
  rows.push(
    row('main', `start, ${groupCount} groups (first on this device: validated in full)`, start.firstStartMs, 'ms'),
    row('main', `start, ${groupCount} groups (again)`, start.secondStartMs, 'ms'),
    row('main', 'event-loop block during start (max)', start.maxEventLoopBlockMs, 'ms', { max: 50 }),
    row('main', 'groups.list over the API', start.listGroupsMs, 'ms'),
    row('main', 'groups.dashboard of a large group over the API', start.dashboardMs, 'ms'),
  );

  log(`Search over ${large.speakers.length} speakers…`);
  const search = await benchSearch(large.speakers, runs);
  rows.push(
    row('search', `index build, ${search.speakers} speakers, p50`, search.build.p50, 'ms'),
    row('search', `query per keystroke p95 (${search.keystroke.runs} queries; function only)`, search.keystroke.p95, 'ms', { max: 16 }),
  );

  log('Search across groups and years: a generated memory of 20 groups × 10 years…');
  const memory = await benchMemorySearch(runs, short);
  const memoryLabel = `${memory.entries} entries in ${memory.groups} groups`;
  rows.push(
    row('search', `memory: index build (in slices), ${memoryLabel}, p50`, memory.build.p50, 'ms', { max: 1000 }),
    row('main', 'event-loop block during the search index build (max)', memory.buildMaxEventLoopBlockMs, 'ms', { max: 50 }),
    row('search', `memory: query per keystroke p95 (${memory.keystroke.runs} queries; function only)`, memory.keystroke.p95, 'ms', { max: 30 }),
    row('search', 'memory: query per keystroke with group and kind filters, p95', memory.filteredKeystroke.p95, 'ms', { max: 30 }),
    row('search', 'memory: index update after a save (one decision edited), p95', memory.updateAfterSave.p95, 'ms', { max: 5 }),
    row('search', "memory: index update after a speaker's notes edited (the person re-read), p95", memory.updateAfterPeopleSave.p95, 'ms', { max: 5 }),
    row('search', 'memory: index update after a speaker renamed (every talk re-read), p95', memory.updateAfterRosterSave.p95, 'ms'),
  );

  log('Exports, each in its own process…');
  const exports = await benchExports(short ? 2 : 5, short);
  const exportTargets: Record<ExportFigures['exportCase'], number | undefined> = { oneMeeting: undefined, longMinutes: 1000, yearBook: 3000 };
  for (const figures of exports) {
    const label = figures.pages === null ? 'minutes of one meeting' : `minutes, ~${figures.pages} pages${figures.exportCase === 'yearBook' ? ' (year book)' : ''}`;
    rows.push(
      row('export', `${label}, first run`, figures.firstRunMs, 'ms', { max: exportTargets[figures.exportCase] }),
      row('export', `${label}, p50 of ${figures.time.runs}`, figures.time.p50, 'ms'),
      row('export', `${label}, peak memory growth`, figures.peakRssGrowthMb, 'MB', { max: 200 }),
      row('main', `event-loop block, export built on the main thread: ${figures.exportCase} (max)`, figures.maxEventLoopBlockMs, 'ms'),
      row('export', `${label}, through the app's export worker`, figures.inWorkerMs, 'ms'),
      row('main', `event-loop block, export in the worker as the app runs it: ${figures.exportCase} (max)`, figures.maxEventLoopBlockWithWorkerMs, 'ms', { max: 50 }),
    );
  }

  if (values.renderer) {
    log('Renderer in Chromium against the web host…');
    const { benchRenderer } = await import('./renderer-bench');
    rows.push(...(await benchRenderer(folders, workspaces)));
  }

  const table = formatTable(rows);
  process.stdout.write(`${table}\n`);
  const machine = describeMachine(benchRoot, loadAtStart);
  const result = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    mode: short ? 'short' : 'full',
    machine,
    durationSeconds: Math.round((performance.now() - started) / 1000),
    rows,
    raw: { store, storeSteps: steps, merge, start, search, memorySearch: memory, exports },
  };
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(result, null, 2)}\n`);
  const misses = rows.filter((entry) => entry.verdict === 'miss').length;
  log(`${rows.length} figures, ${misses} missed target(s); ${machine.cpus} CPUs, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAverage.atStart.toFixed(1)} → ${machine.loadAverage.atEnd.toFixed(1)}. Written to ${outFile} in ${result.durationSeconds} s.`);
} finally {
  await folders.removeAll();
}
