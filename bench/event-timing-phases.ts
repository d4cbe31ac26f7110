// Where an interaction's Event Timing duration went, from a Chromium trace. The page sees only the total; the trace's
// EventTiming entries also carry when the handlers ran and when the main thread committed the next frame, and the
// display compositor's draws show what came between that commit and the frame on screen.

/** The fields of a Chromium trace event that the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** The parts of the longest interaction's duration, in ms; they add up to `durationMs`. */
export interface EventTimingPhases {
  durationMs: number;
  /** From the input's time stamp until its first handler ran. */
  inputDelayMs: number;
  /** From the first handler to the end of the last (pointerdown, pointerup, click or keydown, keyup). */
  handlersMs: number;
  /** The main thread's rendering of the next frame after the handlers, until that frame was committed. */
  toFrameCommittedMs: number;
  /** The committed frame → on screen: raster, and the display compositor drawing it. */
  committedToPresentedMs: number;
  /** Of that whole duration, how long the display compositor was drawing (`Display::DrawAndSwap`). */
  displayDrawingMs: number;
}

interface EventTimingEntry {
  interactionId: number;
  timeStamp: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  commitFinishTime?: number;
  /** The trace's clock at the entry, µs. */
  traceTs: number;
}

function eventTimingEntries(events: readonly TraceEvent[]): EventTimingEntry[] {
  return events.flatMap((event) => {
    const data = event.args?.data;
    if (event.name !== 'EventTiming' || event.ph !== 'b' || data === undefined) return [];
    const { interactionId, timeStamp, duration, processingStart, processingEnd, commitFinishTime } = data as Partial<EventTimingEntry>;
    if (!interactionId || timeStamp === undefined || duration === undefined || processingStart === undefined || processingEnd === undefined) return [];
    return [{ interactionId, timeStamp, duration, processingStart, processingEnd, commitFinishTime, traceTs: event.ts }];
  });
}

/**
 * The phases of the longest interaction in the trace, or undefined when the trace holds none (a category was off, or
 * nothing was clicked or typed). Chromium reports each interaction's events with the same duration; the phases span
 * all of them.
 */
export function eventTimingPhases(events: readonly TraceEvent[]): EventTimingPhases | undefined {
  const entries = eventTimingEntries(events);
  if (entries.length === 0) return undefined;
  const longest = entries.reduce((best, entry) => (entry.duration > best.duration ? entry : best));
  const same = entries.filter((entry) => entry.interactionId === longest.interactionId);
  const start = Math.min(...same.map((entry) => entry.timeStamp));
  const handlersStart = Math.min(...same.map((entry) => entry.processingStart));
  const handlersEnd = Math.max(...same.map((entry) => entry.processingEnd));
  const end = longest.timeStamp + longest.duration;
  const committed = Math.min(end, Math.max(handlersEnd, longest.commitFinishTime ?? handlersEnd));

  // The page's clock (ms) against the trace's (µs), from the entry that carries both.
  const pageMsOf = (traceUs: number) => longest.timeStamp + (traceUs - longest.traceTs) / 1000;
  const display = events.find((event) => event.name === 'thread_name' && event.args?.name === 'VizCompositorThread');
  let displayDrawingMs = 0;
  if (display) {
    for (const event of events) {
      if (event.pid !== display.pid || event.tid !== display.tid || event.name !== 'Display::DrawAndSwap' || event.dur === undefined) continue;
      const from = pageMsOf(event.ts);
      displayDrawingMs += Math.max(0, Math.min(from + event.dur / 1000, end) - Math.max(from, start));
    }
  }
  return {
    durationMs: end - start,
    inputDelayMs: handlersStart - start,
    handlersMs: handlersEnd - handlersStart,
    toFrameCommittedMs: committed - handlersEnd,
    committedToPresentedMs: end - committed,
    displayDrawingMs,
  };
}

/** One line for a breakdown. */
export function describePhases(phases: EventTimingPhases): string {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  return (
    `Event Timing ${ms(phases.durationMs)} (trace): input delay ${ms(phases.inputDelayMs)}, handlers ${ms(phases.handlersMs)}, ` +
    `to the next frame committed ${ms(phases.toFrameCommittedMs)}, committed → on screen ${ms(phases.committedToPresentedMs)}; ` +
    `display compositor drawing ${ms(phases.displayDrawingMs)} of it`
  );
}
