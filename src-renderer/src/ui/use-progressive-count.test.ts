// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INPUT_QUIET_MS } from './input-quiet';
import { useProgressiveCount } from './use-progressive-count';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  // Lists take turns across the page: one left mounted would take the next test's frames.
  cleanup();
  vi.useRealTimers();
});

const nextFrame = () => act(() => vi.advanceTimersToNextFrame());

describe('useProgressiveCount', () => {
  it('draws a list of one batch or less at once', () => {
    const { result } = renderHook(() => useProgressiveCount(12, 12));
    expect(result.current).toBe(12);
  });

  it('draws a longer list one batch per frame until all of it is drawn', () => {
    const { result } = renderHook(() => useProgressiveCount(30, 12));
    expect(result.current).toBe(12);
    nextFrame();
    expect(result.current).toBe(24);
    nextFrame();
    expect(result.current).toBe(30);
    nextFrame();
    expect(result.current).toBe(30);
  });

  it('draws a row added after the whole list was drawn at once, and never more rows than the list has', () => {
    const { result, rerender } = renderHook(({ total }) => useProgressiveCount(total, 12), { initialProps: { total: 20 } });
    nextFrame();
    expect(result.current).toBe(20);
    rerender({ total: 21 });
    expect(result.current).toBe(21);
    rerender({ total: 5 });
    expect(result.current).toBe(5);
  });

  it('keeps drawing from where it was when the list grows before it was all drawn', () => {
    const { result, rerender } = renderHook(({ total }) => useProgressiveCount(total, 12), { initialProps: { total: 30 } });
    rerender({ total: 31 });
    expect(result.current).toBe(12);
    nextFrame();
    nextFrame();
    expect(result.current).toBe(31);
  });

  it('draws one batch per frame across all lists on the page, each in turn', () => {
    const first = renderHook(() => useProgressiveCount(36, 12));
    const second = renderHook(() => useProgressiveCount(36, 12));
    nextFrame();
    expect([first.result.current, second.result.current]).toEqual([24, 12]);
    nextFrame();
    expect([first.result.current, second.result.current]).toEqual([24, 24]);
    first.unmount();
    nextFrame();
    expect(second.result.current).toBe(36);
  });

  it('holds back parts drawn one per turn after the lists before them, or draws them all at once when told', () => {
    expect(renderHook(() => useProgressiveCount(3, 1, 3)).result.current).toBe(3);
    const list = renderHook(() => useProgressiveCount(24, 12));
    const parts = renderHook(() => useProgressiveCount(2, 1, 0));
    expect(parts.result.current).toBe(0);
    nextFrame();
    expect([list.result.current, parts.result.current]).toEqual([24, 0]);
    nextFrame();
    expect(parts.result.current).toBe(1);
    nextFrame();
    expect(parts.result.current).toBe(2);
    parts.rerender();
    expect(parts.result.current).toBe(2);
  });

  // Last in the file: the page remembers the keys it presses.
  it('waits with the next batch while keys are pressed, and goes on once they have been still', () => {
    const { result } = renderHook(() => useProgressiveCount(40, 12));
    nextFrame();
    expect(result.current).toBe(24);
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' })));
    nextFrame();
    expect(result.current).toBe(24);
    act(() => vi.advanceTimersByTime(INPUT_QUIET_MS / 2));
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' })));
    act(() => vi.advanceTimersByTime(INPUT_QUIET_MS - 40));
    nextFrame();
    expect(result.current).toBe(24);
    // Still from here on: the rest is drawn a batch per frame.
    act(() => vi.advanceTimersByTime(INPUT_QUIET_MS));
    expect(result.current).toBe(36);
    nextFrame();
    expect(result.current).toBe(40);
  });
});
