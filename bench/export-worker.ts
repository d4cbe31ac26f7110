// Runs one export case in a fresh process (spawned by export-bench.ts), so its peak memory is its own, and prints
// its figures as one JSON line: time per run, peak resident-set growth and the longest event-loop block.
import { EXPORT_CASES, buildExport, exportInput, type ExportCase } from './export-cases';
import { maxEventLoopBlock, megabytes, peakRssGrowth, summarize, timeOnce } from './measure';
import { bundledExportWorker } from './bundled-export-worker';
import { workerExportRunner } from '../src-main/export/export-runner';

const [exportCase, runsText, mode] = process.argv.slice(2);
if (!EXPORT_CASES.includes(exportCase as ExportCase)) throw new Error(`unknown export case: ${exportCase}`);
const runs = Number(runsText ?? '3');
const { input, pages } = exportInput(exportCase as ExportCase, mode === '--short');

let bytes = 0;
let firstRunMs = 0;
let growth = 0;
// The first run is the one a facilitator waits for, and the only one whose memory peak is not hidden by an earlier one.
const maxBlock = await maxEventLoopBlock(async () => {
  growth = await peakRssGrowth(async () => {
    firstRunMs = await timeOnce(async () => {
      bytes = (await buildExport(input)).length;
    });
  });
});
const samples = [firstRunMs];
for (let run = 1; run < runs; run += 1) samples.push(await timeOnce(() => buildExport(input)));

// The same export as the app runs it: in its worker thread, with the main event loop only waiting.
const { file, dispose } = await bundledExportWorker();
const runner = workerExportRunner(file);
let inWorkerMs = 0;
const maxBlockWithWorker = await maxEventLoopBlock(async () => {
  inWorkerMs = await timeOnce(async () => {
    await runner.run('minutesDocx', input);
  });
});
await runner.close();
await dispose();

process.stdout.write(
  `${JSON.stringify({ exportCase, pages, documentMegabytes: megabytes(bytes), time: summarize(samples), firstRunMs, peakRssGrowthMb: growth, maxEventLoopBlockMs: maxBlock, inWorkerMs, maxEventLoopBlockWithWorkerMs: maxBlockWithWorker })}\n`,
);
