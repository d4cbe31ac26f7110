// @vitest-environment jsdom
import '../test-support/setup-dom';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { navigateTo, useNavigation, useNavigationIntent } from './navigation';

describe('navigation', () => {
  it('tells every listener where to go', () => {
    const listener = vi.fn();
    renderHook(() => useNavigation(listener));
    act(() => navigateTo({ groupId: 'g', section: 'members' }));
    expect(listener).toHaveBeenCalledWith({ groupId: 'g', section: 'members' });
  });

  it('hands a request to a page shown later, once, and only for its group and kinds', () => {
    act(() => navigateTo({ groupId: 'g', section: 'members', intent: { kind: 'openMember', memberId: 'm1' } }));
    const otherKind = vi.fn();
    renderHook(() => useNavigationIntent('g', ['newMeeting'], otherKind));
    const otherGroup = vi.fn();
    renderHook(() => useNavigationIntent('h', ['openMember'], otherGroup));
    const members = vi.fn();
    renderHook(() => useNavigationIntent('g', ['openMember', 'newMember'], members));
    const again = vi.fn();
    renderHook(() => useNavigationIntent('g', ['openMember'], again));
    expect(otherKind).not.toHaveBeenCalled();
    expect(otherGroup).not.toHaveBeenCalled();
    expect(members).toHaveBeenCalledWith({ kind: 'openMember', memberId: 'm1' });
    expect(again).not.toHaveBeenCalled();
  });

  it('hands a request to a page that is already shown', () => {
    const handle = vi.fn();
    renderHook(() => useNavigationIntent('g', ['newMeeting'], handle));
    act(() => navigateTo({ groupId: 'g', section: 'meetings', intent: { kind: 'newMeeting' } }));
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('drops a request no page took in time', () => {
    vi.useFakeTimers();
    try {
      act(() => navigateTo({ groupId: 'g', section: 'meetings', intent: { kind: 'planYear' } }));
      vi.advanceTimersByTime(60_000);
      const handle = vi.fn();
      renderHook(() => useNavigationIntent('g', ['planYear'], handle));
      expect(handle).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
