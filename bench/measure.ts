// Measurement helpers shared by every benchmark: repeated timings with percentiles, event-loop blocking, memory peaks.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

/** The value at `fraction` of the sorted samples (nearest rank), so p95 of 20 runs is the 19th slowest. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? Number.NaN };
}

/** Milliseconds one call of `task` takes, awaited. */
export async function timeOnce(task: () => unknown): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

/** Runs `task` `runs` times after `warmup` unmeasured runs; `between` runs untimed before each call (set-up). */
export async function timeRepeated(
  runs: number,
  task: (run: number) => unknown,
  options: { warmup?: number; between?: (run: number) => unknown } = {},
): Promise<Timing> {
  const samples: number[] = [];
  const warmup = options.warmup ?? 1;
  for (let run = -warmup; run < runs; run += 1) {
    await options.between?.(run);
    const elapsed = await timeOnce(() => task(run));
    if (run >= 0) samples.push(elapsed);
  }
  return summarize(samples);
}

/**
 * The longest the event loop was blocked while `task` ran, in ms (perf_hooks.monitorEventLoopDelay's max).
 * The monitor only sees a block once its timer is running, so it is given one tick before the task starts, and one
 * after, so a block at the very end is recorded. At 5 ms resolution a block can read up to ~5 ms short.
 */
export async function maxEventLoopBlock(task: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const tick = () => new Promise((resolve) => setTimeout(resolve, 15));
  histogram.enable();
  try {
    await tick();
    await task();
    await tick();
  } finally {
    histogram.disable();
  }
  return histogram.max / 1e6;
}

const MB = 1024 * 1024;

/**
 * How far the resident set grew above its level before `task`, in MB. Uses the process's high-water mark
 * (resourceUsage().maxRSS), which also catches peaks inside synchronous stretches a timer could not sample; so it is
 * only meaningful in a fresh process whose earlier peak was lower than this one (the export worker runs each case alone).
 */
export async function peakRssGrowth(task: () => Promise<unknown>): Promise<number> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  await task();
  const peak = process.resourceUsage().maxRSS * 1024;
  return Math.max(0, peak - before) / MB;
}

export function megabytes(bytes: number): number {
  return bytes / MB;
}
