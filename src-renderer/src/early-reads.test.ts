import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HELD_AFTER_ANSWER_MS, sendEarlyRead, takeEarlyRead } from './early-reads';
import { createFakeApi } from './test-support/fake-api';
import { sampleGroupSummary } from './test-support/sample-group';

const LIST_KEY = JSON.stringify({ includeArchived: true });

describe('early reads', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands a held answer once, to the same method with the same input only', async () => {
    const api = createFakeApi({ 'groups.list': [sampleGroupSummary()] });
    const sent = sendEarlyRead(api, 'groups.list', { includeArchived: true });
    expect(takeEarlyRead(api, 'groups.list', JSON.stringify({ includeArchived: false }))).toBeUndefined();
    expect(takeEarlyRead(api, 'app.status', LIST_KEY)).toBeUndefined();
    const taken = takeEarlyRead(api, 'groups.list', LIST_KEY);
    expect(taken).toBe(sent);
    await expect(taken).resolves.toEqual([sampleGroupSummary()]);
    expect(takeEarlyRead(api, 'groups.list', LIST_KEY)).toBeUndefined();
    expect(api.calls).toHaveLength(1);
  });

  it('drops every held answer when a change event arrives, since it may have been read before the change', () => {
    const api = createFakeApi({ 'groups.list': [], 'app.status': { error: { code: 'groupNotFound' } } });
    void sendEarlyRead(api, 'groups.list', { includeArchived: true });
    sendEarlyRead(api, 'app.status', {}).catch(() => undefined);
    api.emit({ type: 'groupsChanged' });
    expect(takeEarlyRead(api, 'groups.list', LIST_KEY)).toBeUndefined();
    expect(takeEarlyRead(api, 'app.status', '{}')).toBeUndefined();
  });

  it('drops an answer nobody took a while after it arrived, and stops listening for events then', async () => {
    const api = createFakeApi({ 'groups.list': [] });
    const stop = vi.fn();
    const onEvent = api.onEvent.bind(api);
    api.onEvent = (listener) => {
      const unsubscribe = onEvent(listener);
      return () => {
        stop();
        unsubscribe();
      };
    };
    await sendEarlyRead(api, 'groups.list', { includeArchived: true });
    await vi.advanceTimersByTimeAsync(HELD_AFTER_ANSWER_MS - 1);
    expect(stop).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(takeEarlyRead(api, 'groups.list', LIST_KEY)).toBeUndefined();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('hands a failure to the view that takes it, and leaves none unhandled if nobody does', async () => {
    const api = createFakeApi({ 'app.status': { error: { code: 'groupNotFound' } } });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      void sendEarlyRead(api, 'app.status', {}).catch(() => undefined);
      await expect(takeEarlyRead(api, 'app.status', '{}')).rejects.toMatchObject({ error: { code: 'groupNotFound' } });
      void sendEarlyRead(api, 'app.status', {});
      await vi.advanceTimersByTimeAsync(HELD_AFTER_ANSWER_MS);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
