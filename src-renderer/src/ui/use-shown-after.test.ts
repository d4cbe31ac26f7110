// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useShownAfter } from './use-shown-after';

describe('useShownAfter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays hidden for a wait shorter than the delay', () => {
    const { result, rerender } = renderHook(({ busy }) => useShownAfter(busy, 400), { initialProps: { busy: true } });
    act(() => vi.advanceTimersByTime(399));
    expect(result.current).toBe(false);
    rerender({ busy: false });
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(false);
  });

  it('shows once the wait reaches the delay, and hides the moment it ends', () => {
    const { result, rerender } = renderHook(({ busy }) => useShownAfter(busy, 400), { initialProps: { busy: true } });
    act(() => vi.advanceTimersByTime(400));
    expect(result.current).toBe(true);
    rerender({ busy: false });
    expect(result.current).toBe(false);
  });

  it('counts each wait from its own start', () => {
    const { result, rerender } = renderHook(({ busy }) => useShownAfter(busy, 400), { initialProps: { busy: true } });
    act(() => vi.advanceTimersByTime(300));
    rerender({ busy: false });
    rerender({ busy: true });
    act(() => vi.advanceTimersByTime(300));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(true);
  });

  it('starts the wait again whenever progress comes, so a burst with answers coming shows nothing', () => {
    const { result, rerender } = renderHook(({ progress }) => useShownAfter(true, 400, progress), { initialProps: { progress: 1 } });
    act(() => vi.advanceTimersByTime(300));
    rerender({ progress: 2 });
    act(() => vi.advanceTimersByTime(300));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(true);
    rerender({ progress: 3 });
    expect(result.current).toBe(false);
  });
});
