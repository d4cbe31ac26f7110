// Hybrid logical clock stamps: wall time, a counter, and the device that made the change, as one string that sorts
// in the clock's order with a plain `<`, and reads like a time in the file: `2026-12-02T10:10:10.123Z-000000-<device>`.
//
// Why a hybrid clock and not the wall clock alone: a device whose clock is behind (or set back) would otherwise stamp
// a change it made after seeing someone else's with an earlier time, and lose it. The clock never goes below any stamp
// it has seen, so a change made after seeing another always sorts after it, however wrong the wall clocks are.
// Why not a library: the whole clock is the twenty lines below, and the stamp's text form is ours to keep readable.

export type Stamp = string;

/** The stamp of everything a file held before stamps existed: lower than any real stamp, seen by everyone. */
export const ORIGIN: Stamp = '';

const WALL_LENGTH = 24; // 2026-12-02T10:10:10.123Z
const COUNTER_LENGTH = 6;
const COUNTER_LIMIT = 10 ** COUNTER_LENGTH;
const DEVICE_AT = WALL_LENGTH + 1 + COUNTER_LENGTH + 1;
const STAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-\d{6}-[A-Za-z0-9_-]{1,64}$/;
// Years 1000-9999 keep the ISO text fixed-width, so text order is time order.
const EARLIEST_WALL = Date.UTC(1000, 0, 1);
const LATEST_WALL = Date.UTC(9999, 11, 31);

export function isStamp(value: unknown): value is Stamp {
  return typeof value === 'string' && STAMP_PATTERN.test(value);
}

export function deviceOf(stamp: Stamp): string {
  return stamp.slice(DEVICE_AT);
}

/** The wall time a stamp carries, as an ISO text; '' for ORIGIN. */
export function wallTimeOf(stamp: Stamp): string {
  return stamp.slice(0, WALL_LENGTH);
}

export function maxStamp(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? b : a;
}

export function formatStamp(wallMs: number, counter: number, device: string): Stamp {
  return `${new Date(wallMs).toISOString()}-${String(counter).padStart(COUNTER_LENGTH, '0')}-${device}`;
}

function parse(stamp: Stamp): { wallMs: number; counter: number } {
  return { wallMs: Date.parse(stamp.slice(0, WALL_LENGTH)), counter: Number(stamp.slice(WALL_LENGTH + 1, DEVICE_AT - 1)) };
}

/** One device's clock. `now` is the device's wall clock, which may be wrong in either direction. */
export class HybridClock {
  private wallMs = EARLIEST_WALL;
  private counter = 0;

  constructor(
    readonly device: string,
    private readonly now: () => number = Date.now,
  ) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(device)) throw new Error('A device id is 1-64 letters, digits, - or _');
  }

  /** A new stamp, later than every stamp this clock made or observed. */
  tick(): Stamp {
    const wall = Math.min(Math.max(this.now(), EARLIEST_WALL), LATEST_WALL);
    if (wall > this.wallMs) {
      this.wallMs = wall;
      this.counter = 0;
    } else {
      this.advanceCounter();
    }
    return formatStamp(this.wallMs, this.counter, this.device);
  }

  /** Takes in a stamp seen elsewhere (another device's, or our own from an earlier run), so later ticks sort after it. */
  observe(stamp: Stamp | undefined): void {
    if (!stamp || !isStamp(stamp)) return;
    const seen = parse(stamp);
    if (seen.wallMs > this.wallMs || (seen.wallMs === this.wallMs && seen.counter > this.counter)) {
      this.wallMs = seen.wallMs;
      this.counter = seen.counter;
    }
  }

  private advanceCounter(): void {
    this.counter += 1;
    // A clock far behind another device's can tick many times within one of its milliseconds; the text must stay sortable.
    if (this.counter >= COUNTER_LIMIT) {
      this.wallMs += 1;
      this.counter = 0;
    }
  }
}
