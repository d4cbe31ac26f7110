// What the page itself records while the interaction bench drives it: the browser's Event Timing (the longest entry of
// each interaction), long tasks, and — in breakdown mode only, because counting costs time — every API call with its
// method and bytes and every React commit with the components it rendered. Installed before the app's own script.
import type { Locator, Page } from '@playwright/test';
import { eventTimingPhases, type EventTimingPhases, type TraceEvent } from './event-timing-phases';

/** Chromium reports an event only from this duration up (its lowest threshold); shorter interactions count as this. */
export const EVENT_TIMING_FLOOR_MS = 16;
/** A result not shown by then is a broken row, reported as such rather than waited for. */
const PAINT_TIMEOUT_MS = 60_000;

export interface ApiCallRecord {
  method: string;
  start: number;
  end: number;
  bytes: number;
}

export interface CommitRecord {
  at: number;
  /** Function and class components that ran in this commit (mounted or re-rendered), by name. */
  rendered: string[];
}

export interface PageRecord {
  /** interactionId → [start time, longest duration of its entries]. */
  interactions: Map<number, [number, number]>;
  longTasks: [number, number][];
  calls: ApiCallRecord[];
  commits: CommitRecord[];
}

interface Fiber {
  tag: number;
  flags: number;
  type: { displayName?: string; name?: string; render?: { displayName?: string; name?: string }; type?: { name?: string } } | string | null;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

/** Runs in the page, before the app. `breakdown` adds the API-call log and the React commit hook. */
export function installPageRecorder(breakdown: boolean): void {
  const record: PageRecord = { interactions: new Map(), longTasks: [], calls: [], commits: [] };
  (window as unknown as { benchRecord: PageRecord }).benchRecord = record;
  new PerformanceObserver((list) => {
    // interactionId is newer than TypeScript's DOM types.
    for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
      if (!entry.interactionId) continue;
      const known = record.interactions.get(entry.interactionId);
      record.interactions.set(entry.interactionId, [Math.min(known?.[0] ?? entry.startTime, entry.startTime), Math.max(known?.[1] ?? 0, entry.duration)]);
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  if (!breakdown) return;

  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith('/api/invoke') || typeof init?.body !== 'string') return originalFetch(input, init);
    const { method } = JSON.parse(init.body) as { method: string };
    const start = performance.now();
    const response = await originalFetch(input, init);
    const body = await response.clone().arrayBuffer();
    record.calls.push({ method, start, end: performance.now(), bytes: body.byteLength });
    return response;
  };

  // React's devtools hook: called once per commit with the root. A component counts as rendered when it is new or did
  // work (React's PerformedWork flag); a subtree whose child list is the one of the last commit was not visited.
  const componentTags = new Set([0, 1, 11, 14, 15]);
  const nameOf = (fiber: Fiber) => {
    const type = fiber.type;
    if (type === null || typeof type === 'string') return String(type);
    return type.displayName ?? type.name ?? type.render?.displayName ?? type.render?.name ?? type.type?.name ?? 'Anonymous';
  };
  const walk = (fiber: Fiber | null, into: string[]) => {
    for (let node = fiber; node; node = node.sibling) {
      const fresh = node.alternate === null;
      if (componentTags.has(node.tag) && (fresh || (node.flags & 1) === 1)) into.push(nameOf(node));
      if (fresh || node.child !== node.alternate?.child) walk(node.child, into);
    }
  };
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      const rendered: string[] = [];
      walk(root.current.child, rendered);
      record.commits.push({ at: performance.now(), rendered });
    },
  };
}

/**
 * What the page must show for the result to count as painted: `count` elements matching `selector`, or one with `text`
 * (or any of several spellings of it); `gone` inverts it.
 */
export interface PaintProbe {
  selector: string;
  count?: number;
  text?: string | readonly string[];
  gone?: boolean;
}

export interface InteractionResult {
  /** The longest Event Timing entry of each interaction `act` made (unreported ones count as the floor). */
  eventTimingMs: number[];
  /** The act's first click or key press → the animation frame in which the probe holds. */
  paintedMs: number;
  longestTaskMs: number;
  calls: ApiCallRecord[];
  commits: CommitRecord[];
  /** With a trace: main-thread time by Chromium's top-level task kind (scripting, style, layout, paint, GC). */
  traceMs?: Record<string, number>;
  /** With a trace: where the longest interaction's Event Timing duration went. */
  phases?: EventTimingPhases;
}

/**
 * Runs `act` (clicks or keys made through Playwright) and measures inside the page from its first click or key press to
 * the animation frame in which `probe` holds; then collects what the recorder saw from that press on.
 */
export async function measureInteraction(page: Page, act: () => Promise<void>, probe: PaintProbe, interactions = 1, trace = false): Promise<InteractionResult> {
  const browser = page.context().browser();
  if (trace && browser) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'viz'] });
  // Installed and awaited before `act`: Chromium runs input ahead of a queued script, so on a busy page a key press sent
  // right after an unawaited evaluate would arrive before the listeners and the result would never be dated.
  await page.evaluate(({ selector, count = 1, text, gone = false }) => {
    (window as unknown as { benchPainted: Promise<{ from: number; ms: number }> }).benchPainted =
      new Promise<{ from: number; ms: number }>((resolve) => {
        let from = Number.NaN;
        const mark = (event: Event) => {
          if (Number.isNaN(from)) from = event.timeStamp;
        };
        for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, mark, { capture: true, once: true });
        const holds = () => {
          const found = [...document.querySelectorAll(selector)];
          const texts: readonly string[] = text === undefined || typeof text === 'string' ? [text ?? ''] : text;
          const present = text === undefined ? found.length >= count : found.some((element) => texts.some((one) => element.textContent?.includes(one)));
          return present !== gone;
        };
        const check = () => {
          if (Number.isNaN(from) || !holds()) return false;
          observer.disconnect();
          requestAnimationFrame(() => resolve({ from, ms: performance.now() - from }));
          return true;
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      });
  }, probe);
  await act();
  const painted = page.evaluate(() => (window as unknown as { benchPainted: Promise<{ from: number; ms: number }> }).benchPainted);
  const { from, ms } = await Promise.race([
    painted,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the result never showed: ${JSON.stringify(probe)}`)), PAINT_TIMEOUT_MS)),
  ]);
  // Event Timing entries are delivered after the frame that follows the interaction; calls and commits may still come.
  await page.waitForTimeout(600);
  const traced = trace && browser ? (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents : undefined;
  const traceMs = traced ? mainThreadShares(traced) : undefined;
  const phases = traced ? eventTimingPhases(traced) : undefined;
  const seen = await page.evaluate((since) => {
    const record = (window as unknown as { benchRecord: PageRecord }).benchRecord;
    return {
      interactions: [...record.interactions.values()].filter(([start]) => start >= since - 1).map(([, duration]) => duration),
      longTasks: record.longTasks.filter(([start]) => start >= since - 1).map(([, duration]) => duration),
      calls: record.calls.filter((call) => call.start >= since - 1),
      commits: record.commits.filter((commit) => commit.at >= since - 1),
    };
  }, from);
  const reported = seen.interactions.sort((a, b) => b - a).slice(0, interactions);
  const eventTimingMs = [...reported, ...Array.from({ length: Math.max(0, interactions - reported.length) }, () => EVENT_TIMING_FLOOR_MS)];
  return { eventTimingMs, paintedMs: ms, longestTaskMs: Math.max(0, ...seen.longTasks), calls: seen.calls, commits: seen.commits, ...(traceMs ? { traceMs } : {}), ...(phases ? { phases } : {}) };
}


const kindOf = (name: string) => {
  if (/GC|GarbageCollect/i.test(name)) return 'garbage collection';
  if (['Layout', 'UpdateLayoutTree', 'RecalculateStyles', 'UpdateLayerTree', 'HitTest'].includes(name)) return 'style and layout';
  if (['Paint', 'PrePaint', 'Layerize', 'CompositeLayers', 'Commit'].includes(name)) return 'paint';
  if (['ParseHTML', 'ParseAuthorStyleSheet'].includes(name)) return 'parsing';
  if (['RunTask', 'ThreadControllerImpl::RunTask'].includes(name)) return 'task overhead';
  return 'script';
};

/**
 * Sums the renderer main thread's time per kind of work in a Chromium trace, from the first input event on: each
 * event counts for its own kind minus the events nested in it (a GC inside a script run counts as GC), so the parts add
 * up to the thread's busy time.
 */
function mainThreadShares(events: readonly TraceEvent[]): Record<string, number> {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) return {};
  const slices = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const start = slices.find((event) => event.name === 'EventDispatch')?.ts ?? 0;
  const totals: Record<string, number> = {};
  const stack: { end: number; kind: string }[] = [];
  for (const event of slices) {
    if (event.ts < start) continue;
    while (stack.length > 0 && stack.at(-1)!.end <= event.ts) stack.pop();
    const own = kindOf(event.name);
    const parent = stack.at(-1);
    const ms = event.dur! / 1000;
    totals[own] = (totals[own] ?? 0) + ms;
    if (parent) totals[parent.kind] = (totals[parent.kind] ?? 0) - ms;
    stack.push({ end: event.ts + event.dur!, kind: own });
  }
  return totals;
}

/** Clicks `target` as the interaction. */
export const clickOn = (target: Locator) => () => target.click();
