// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingSave } from '../test-support/recording-save';
import { usePendingEdits } from './pending-edits';
import { useAutosave } from './use-autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useAutosave', () => {
  it('flushes on quit: a pending edit is sent the moment the window is closed', async () => {
    const { saved, save } = recordingSave();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.schedule('typed just before closing'));
    expect(result.current.state).toBe('pending');
    await act(async () => {
      window.dispatchEvent(new Event('beforeunload'));
    });
    expect(saved).toEqual(['typed just before closing']);
  });

  it('flushes when the window is hidden and when the editor unmounts', async () => {
    const { saved, save } = recordingSave();
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
    const { save } = recordingSave();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.schedule('x'));
    expect(result.current.state).toBe('pending');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(800);
    });
    expect(result.current.state).toBe('saved');
  });

  it('tells the header’s save indicator while edits wait to be sent', async () => {
    const { save } = recordingSave();
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
