// Turns the figures into rows (value beside floor and target, pass or miss), prints them as a table, and describes
// the machine they were measured on.
import os from 'node:os';

export type Verdict = 'pass' | 'miss' | 'info';

export interface Row {
  area: string;
  measure: string;
  /** Milliseconds unless `unit` says otherwise. */
  value: number;
  unit: 'ms' | 'MB' | 'rows' | 'tasks';
  floor?: number;
  /** The limit in the row's unit, and the allowed ratio to the floor where the target has one. */
  target?: { max?: number; maxRatioToFloor?: number; text: string };
  verdict: Verdict;
}

/**
 * `max` is a limit the value must stay under; `atMost` one it may reach, for targets the issues write as "≤" (Event
 * Timing reports durations in steps of 8 ms, so "p50 ≤ 24 ms" is met by 24 ms and "< 24" would call it a miss).
 */
export function row(
  area: string,
  measure: string,
  value: number,
  unit: Row['unit'],
  options: { floor?: number; max?: number; atMost?: number; maxRatioToFloor?: number } = {},
): Row {
  const { floor, max, atMost, maxRatioToFloor } = options;
  const parts: string[] = [];
  if (max !== undefined) parts.push(`< ${max} ${unit}`);
  if (atMost !== undefined) parts.push(`≤ ${atMost} ${unit}`);
  if (maxRatioToFloor !== undefined) parts.push(`≤ ${maxRatioToFloor}× floor`);
  const checks: boolean[] = [];
  if (max !== undefined) checks.push(value < max);
  if (atMost !== undefined) checks.push(value <= atMost);
  if (maxRatioToFloor !== undefined && floor !== undefined) checks.push(value <= maxRatioToFloor * floor);
  return {
    area,
    measure,
    value,
    unit,
    ...(floor !== undefined ? { floor } : {}),
    ...(parts.length > 0 ? { target: { max: max ?? atMost, maxRatioToFloor, text: parts.join(' and ') } } : {}),
    verdict: checks.length === 0 ? 'info' : checks.every(Boolean) ? 'pass' : 'miss',
  };
}

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '–');

export function formatTable(rows: readonly Row[]): string {
  const header = ['area', 'measure', 'value', 'floor', 'ratio', 'target', 'result'];
  const cells = rows.map((entry) => [
    entry.area,
    entry.measure,
    `${entry.unit === 'rows' || entry.unit === 'tasks' ? String(entry.value) : fixed(entry.value)} ${entry.unit}`,
    entry.floor === undefined ? '' : `${fixed(entry.floor)} ${entry.unit}`,
    entry.floor === undefined || entry.floor === 0 ? '' : `${(entry.value / entry.floor).toFixed(2)}×`,
    entry.target?.text ?? '',
    entry.verdict === 'info' ? '' : entry.verdict.toUpperCase(),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: readonly string[]) => `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  benchFolder: string;
  /** Other work on the machine skews every figure: the 1-minute load average when the run started and ended. */
  loadAverage: { atStart: number; atEnd: number };
}

export function describeMachine(benchFolder: string, loadAtStart: number): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    benchFolder,
    loadAverage: { atStart: loadAtStart, atEnd: os.loadavg()[0]! },
  };
}
