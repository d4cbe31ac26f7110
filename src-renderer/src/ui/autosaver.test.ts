// The engine alone: timing, retry and order of saves, without React.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingSave } from '../test-support/recording-save';
import { createAutosaver } from './autosaver';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaver', () => {
  it('saves once, 800 ms after typing stops, with the newest value', async () => {
    const { saved, save } = recordingSave();
    const saver = createAutosaver({ save });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(500);
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual(['ab']);
  });

  it('is never more than a second behind while the user keeps typing', async () => {
    const { saved, save } = recordingSave();
    const saver = createAutosaver({ save });
    for (let keystroke = 1; keystroke <= 10; keystroke += 1) {
      saver.schedule(`v${keystroke}`);
      await vi.advanceTimersByTimeAsync(300);
    }
    // A keystroke every 300 ms: the quiet time never comes, but the first unsaved edit is sent within a second
    // (v1 at 0 ms → saved at 1000 ms with v4; v5 at 1200 ms → saved at 2200 ms with v8).
    expect(saved).toEqual(['v4', 'v8']);
    // v9 at 2400 ms is due by 3400 ms at the latest.
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual(['v4', 'v8']);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['v4', 'v8', 'v10']);
  });

  it('flushes at once and sends nothing twice', async () => {
    const { saved, save } = recordingSave();
    const saver = createAutosaver({ save });
    saver.schedule('x');
    await saver.flush();
    expect(saved).toEqual(['x']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['x']);
  });

  it('keeps a value that failed to save and tries again', async () => {
    const states: string[] = [];
    let fail = true;
    const saved: string[] = [];
    const saver = createAutosaver({
      save: async (value: string) => {
        if (fail) throw new Error('disk full');
        saved.push(value);
      },
      onState: (state) => states.push(state),
      retryMs: 2000,
    });
    saver.schedule('kept');
    await vi.advanceTimersByTimeAsync(800);
    expect(states).toEqual(['pending', 'saving', 'failed']);
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['kept']);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves one value at a time, in order, also when typing goes on during a save', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const saver = createAutosaver({
      save: (value: string) =>
        new Promise<void>((resolve) => {
          order.push(`start ${value}`);
          release = () => {
            order.push(`end ${value}`);
            resolve();
          };
        }),
    });
    saver.schedule('one');
    await vi.advanceTimersByTimeAsync(800);
    saver.schedule('two');
    await vi.advanceTimersByTimeAsync(1000);
    expect(order).toEqual(['start one']);
    release();
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await flushed;
    expect(order).toEqual(['start one', 'end one', 'start two', 'end two']);
  });
});
