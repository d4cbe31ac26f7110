// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useBusyAction } from './use-busy-action';

describe('useBusyAction', () => {
  it('runs an action once while it is running, and again after it ends', async () => {
    let finish = () => {};
    const action = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useBusyAction());
    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.run(action);
    });
    expect(result.current.busy).toBe(true);
    await act(async () => result.current.run(action));
    expect(action).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish();
      await first;
    });
    expect(result.current.busy).toBe(false);
    act(() => void result.current.run(action));
    expect(action).toHaveBeenCalledTimes(2);
  });
});
