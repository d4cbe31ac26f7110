// `npm run bench:docs`: puts the figures of bench/results/latest.json into the docs, so they always show the latest
// run as it was measured: the whole table in docs/PERFORMANCE.md, the rows with a target in README.md, each between
// its markers, with the command, the time and the machine of the run.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatTable, type Machine, type Row } from './report';

interface BenchResult {
  generatedAt: string;
  command: string;
  machine: Machine;
  durationSeconds: number;
  rows: Row[];
}

const fromRoot = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

function describeRun(result: BenchResult): string {
  const { machine } = result;
  const misses = result.rows.filter((entry) => entry.verdict === 'miss').length;
  const when = `${result.generatedAt.slice(0, 10)} ${result.generatedAt.slice(11, 16)} UTC`;
  return (
    `\`${result.command}\` on ${when}: ${result.rows.length} figures, ${misses} missed target(s). ` +
    `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}; ` +
    `load average ${machine.loadAverage.atStart.toFixed(1)} → ${machine.loadAverage.atEnd.toFixed(1)}; ${result.durationSeconds} s.`
  );
}

/** Replaces what stands between `<!-- name -->` and `<!-- /name -->`, keeping the markers. */
export function replaceBetweenMarkers(document: string, name: string, content: string): string {
  const open = document.indexOf(`<!-- ${name}`);
  const close = document.indexOf(`<!-- /${name} -->`);
  if (open < 0 || close < open) throw new Error(`No <!-- ${name} --> … <!-- /${name} --> markers`);
  const afterOpen = document.indexOf('-->', open) + 3;
  return `${document.slice(0, afterOpen)}\n${content}\n${document.slice(close)}`;
}

async function rewrite(relative: string, name: string, content: string): Promise<void> {
  const file = fromRoot(relative);
  await writeFile(file, replaceBetweenMarkers(await readFile(file, 'utf8'), name, content));
}

const result = JSON.parse(await readFile(fromRoot('bench/results/latest.json'), 'utf8')) as BenchResult;
const run = describeRun(result);
await rewrite('docs/PERFORMANCE.md', 'bench-table', `${run}\n\n${formatTable(result.rows)}\n`);
await rewrite('README.md', 'bench-targets', `${run}\n\n${formatTable(result.rows.filter((entry) => entry.target))}\n`);
process.stderr.write('docs/PERFORMANCE.md and README.md now show bench/results/latest.json.\n');
