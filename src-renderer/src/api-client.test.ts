// @vitest-environment jsdom
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { GroupSummary } from '../../src-main/domain/model';
import type { AppEvent } from '../../src-main/domain/views';
import { ApiCallError, createApiClient, TransportError, type ApiTransport } from './api-client';

const summary: GroupSummary = {
  id: 'g1',
  name: 'CIO-netværk Øst',
  language: 'da',
  archived: false,
  memberCount: 14,
  speakerCount: 6,
  nextMeetingDate: '2026-03-12',
  fileName: 'cio-netvaerk-ost.json',
};

function fakeTransport(invoke: ApiTransport['invoke']): ApiTransport & { listeners: Set<(event: AppEvent) => void> } {
  const listeners = new Set<(event: AppEvent) => void>();
  return {
    listeners,
    invoke,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

describe('createApiClient', () => {
  it('sends the method and input and returns the typed result', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, result: summary }));
    const api = createApiClient(fakeTransport(invoke));
    const created = await api.call('groups.create', { name: 'CIO-netværk Øst', language: 'da' });
    expectTypeOf(created).toEqualTypeOf<GroupSummary>();
    expect(created).toEqual(summary);
    expect(invoke).toHaveBeenCalledWith('groups.create', { name: 'CIO-netværk Øst', language: 'da' });
  });

  it('sends an empty object when a method needs no input', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, result: [] }));
    await createApiClient(fakeTransport(invoke)).call('problems.list');
    expect(invoke).toHaveBeenCalledWith('problems.list', {});
  });

  it('throws ApiCallError carrying the ApiError of an error envelope', async () => {
    const error = { code: 'validation' as const, issues: [{ path: 'name', code: 'required' }] };
    const api = createApiClient(fakeTransport(async () => ({ ok: false, error })));
    const failure = await api.call('groups.create', { name: '', language: 'da' }).catch((thrown: unknown) => thrown);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect((failure as ApiCallError).error).toEqual(error);
    expect((failure as ApiCallError).method).toBe('groups.create');
  });

  it('turns a rejected transport or a garbled reply into a TransportError', async () => {
    const rejected = createApiClient(fakeTransport(async () => Promise.reject(new Error('ipc gone'))));
    await expect(rejected.call('app.status')).rejects.toMatchObject({ failure: 'unreachable' });
    const garbled = createApiClient(fakeTransport(async () => ({ nonsense: true }) as never));
    await expect(garbled.call('app.status')).rejects.toBeInstanceOf(TransportError);
  });

  it('passes events to listeners until they unsubscribe', () => {
    const transport = fakeTransport(async () => ({ ok: true, result: null }));
    const api = createApiClient(transport);
    const seen: AppEvent[] = [];
    const unsubscribe = api.onEvent((event) => seen.push(event));
    for (const listener of transport.listeners) listener({ type: 'groupsChanged' });
    unsubscribe();
    expect(transport.listeners.size).toBe(0);
    expect(seen).toEqual([{ type: 'groupsChanged' }]);
  });
});
