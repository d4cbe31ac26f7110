// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosaver';
import { usePendingEdits } from './pending-edits';
import { useAutosave } from './use-autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function recorder() {
  const saved: string[] = [];
  const save = vi.fn(async (value: string) => {
    saved.push(value);
  });
  return { saved, save };
}

describe('createAutosaver', () => {
  it('saves once, 800 ms after typing stops, with the newest value', async () => {
    const { saved, save } = recorder();
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
    const { saved, save } = recorder();
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
    const { saved, save } = recorder();
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

describe('useAutosave', () => {
  it('flushes on quit: a pending edit is sent the moment the window is closed', async () => {
    const { saved, save } = recorder();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.schedule('typed just before closing'));
    expect(result.current.state).toBe('pending');
    await act(async () => {
      window.dispatchEvent(new Event('beforeunload'));
    });
    expect(saved).toEqual(['typed just before closing']);
  });

  it('flushes when the window is hidden and when the editor unmounts', async () => {
    const { saved, save } = recorder();
    const { result, unmount } = renderHook(() => useAutosave(save));
    act(() => result.current.schedule('hidden'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(saved).toEqual(['hidden']);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });

    act(() => result.current.schedule('left the editor'));
    await act(async () => {
      unmount();
    });
    expect(saved).toEqual(['hidden', 'left the editor']);
  });

  it('shows the state: pending, then saved', async () => {
    const { save } = recorder();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.schedule('x'));
    expect(result.current.state).toBe('pending');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(800);
    });
    expect(result.current.state).toBe('saved');
  });

  it('tells the header’s save indicator while edits wait to be sent', async () => {
    const { save } = recorder();
    const { result } = renderHook(() => ({ autosave: useAutosave(save), pending: usePendingEdits() }));
    expect(result.current.pending).toBe(false);
    act(() => result.current.autosave.schedule('x'));
    expect(result.current.pending).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(800);
    });
    expect(result.current.pending).toBe(false);
  });
});
