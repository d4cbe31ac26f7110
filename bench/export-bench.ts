// Export figures, each case in its own Node process (see export-worker.ts) so memory peaks do not hide each other.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { EXPORT_CASES, type ExportCase } from './export-cases';
import type { Timing } from './measure';

export interface ExportFigures {
  exportCase: ExportCase;
  pages: number | null;
  documentMegabytes: number;
  time: Timing;
  firstRunMs: number;
  peakRssGrowthMb: number;
  /** Building in the document code itself, on the thread that measures. */
  maxEventLoopBlockMs: number;
  /** The same export through the app's export worker thread. */
  inWorkerMs: number;
  maxEventLoopBlockWithWorkerMs: number;
}

const WORKER = fileURLToPath(new URL('./export-worker.ts', import.meta.url));

export async function benchExports(runs: number, short: boolean): Promise<ExportFigures[]> {
  const figures: ExportFigures[] = [];
  for (const exportCase of EXPORT_CASES) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', WORKER, exportCase, String(runs), ...(short ? ['--short'] : [])],
      { maxBuffer: 1024 * 1024 },
    );
    figures.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as ExportFigures);
  }
  return figures;
}
