// The split of an interaction's Event Timing duration, on a hand-made trace whose numbers are known.
import { describe, expect, it } from 'vitest';
import { describePhases, eventTimingPhases, type TraceEvent } from './event-timing-phases';

const RENDERER = { pid: 1, tid: 10 };
const DISPLAY = { pid: 2, tid: 20 };
/** The trace clock runs 5,000,000 µs ahead of the page's: page time 100 ms is trace time 5,100,000 µs. */
const traceUs = (pageMs: number) => 5_000_000 + pageMs * 1000;

function entry(type: string, fields: { interactionId: number; timeStamp: number; duration: number; processingStart: number; processingEnd: number; commitFinishTime?: number }): TraceEvent {
  return { name: 'EventTiming', ph: 'b', ts: traceUs(fields.timeStamp), ...RENDERER, args: { data: { type, ...fields } } };
}
const draw = (fromMs: number, ms: number): TraceEvent => ({ name: 'Display::DrawAndSwap', ph: 'X', ts: traceUs(fromMs), dur: ms * 1000, ...DISPLAY });
const displayThread: TraceEvent = { name: 'thread_name', ph: 'M', ts: 0, ...DISPLAY, args: { name: 'VizCompositorThread' } };

describe('eventTimingPhases', () => {
  it('splits the longest interaction into parts that add up to its duration', () => {
    const click = { interactionId: 7, timeStamp: 100, duration: 88, commitFinishTime: 135 };
    const phases = eventTimingPhases([
      displayThread,
      entry('pointerdown', { ...click, processingStart: 103, processingEnd: 105 }),
      entry('click', { ...click, timeStamp: 101, duration: 87, processingStart: 107, processingEnd: 120 }),
      // A shorter interaction earlier, and a draw before the click: neither counts.
      entry('keydown', { interactionId: 3, timeStamp: 10, duration: 16, processingStart: 11, processingEnd: 12, commitFinishTime: 20 }),
      draw(50, 30),
      // Inside: 40 ms whole, and 4 of a draw that ends after the frame was on screen.
      draw(140, 40),
      draw(184, 20),
    ]);
    expect(phases).toEqual({
      durationMs: 88,
      inputDelayMs: 3,
      handlersMs: 17,
      toFrameCommittedMs: 15,
      committedToPresentedMs: 53,
      displayDrawingMs: 44,
    });
    const { durationMs, displayDrawingMs: _inside, ...parts } = phases!;
    expect(Object.values(parts).reduce((sum, ms) => sum + ms, 0)).toBe(durationMs);
    expect(describePhases(phases!)).toContain('committed → on screen 53 ms');
  });

  it('counts a frame committed before the handlers ended as committed when they ended', () => {
    const phases = eventTimingPhases([entry('keydown', { interactionId: 1, timeStamp: 0, duration: 40, processingStart: 1, processingEnd: 30, commitFinishTime: 25 })]);
    expect(phases).toMatchObject({ handlersMs: 29, toFrameCommittedMs: 0, committedToPresentedMs: 10, displayDrawingMs: 0 });
  });

  it('gives nothing for a trace without interactions', () => {
    expect(eventTimingPhases([displayThread, draw(0, 10)])).toBeUndefined();
    expect(eventTimingPhases([entry('pointermove', { interactionId: 0, timeStamp: 0, duration: 40, processingStart: 1, processingEnd: 2 })])).toBeUndefined();
  });
});
