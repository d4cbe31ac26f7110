// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../src-main/domain/views';
import { TransportError } from '../api-client';
import { createWebTransport, TOKEN_HEADER } from './web-transport';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

class FakeEventSource {
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onopen: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  close() {
    this.closed = true;
  }
}

describe('createWebTransport', () => {
  it('posts {method, input} with the token header and returns the reply envelope', async () => {
    const fetch = vi.fn(async () => json({ ok: false, error: { code: 'groupNotFound' } }));
    const transport = createWebTransport({ token: 't0k', fetch });
    await expect(transport.invoke('groups.dashboard', { groupId: 'g1' })).resolves.toEqual({ ok: false, error: { code: 'groupNotFound' } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/invoke');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('t0k');
    expect(JSON.parse(String(init.body))).toEqual({ method: 'groups.dashboard', input: { groupId: 'g1' } });
  });

  it('lets calls outlive the page (keepalive) while they fit in the browser budget together, others go normally', async () => {
    const fetch = vi.fn(async () => json({ ok: true, result: null }));
    const transport = createWebTransport({ token: 't0k', fetch });
    await transport.invoke('groups.dashboard', { groupId: 'g1' });
    await transport.invoke('groups.rename', { groupId: 'g1', name: 'æ'.repeat(30_000) });
    // Two at once that would fit alone but not together: the second goes without keepalive rather than be refused.
    const medium = { groupId: 'g1', name: 'x'.repeat(12_000) };
    await Promise.all([transport.invoke('groups.rename', medium), transport.invoke('groups.rename', medium)]);
    await transport.invoke('groups.rename', medium);
    const keepalive = fetch.mock.calls.map((call) => (call as unknown as [string, RequestInit])[1].keepalive);
    expect(keepalive).toEqual([true, false, true, false, true]);
  });

  it.each([401, 403])('reports a refused session on HTTP %i', async (status) => {
    const transport = createWebTransport({ token: 'old', fetch: async () => json({}, status) });
    await expect(transport.invoke('app.status', {})).rejects.toMatchObject({ failure: 'sessionRefused' });
  });

  it('refuses to call without a token', async () => {
    const fetch = vi.fn();
    await expect(createWebTransport({ token: null, fetch }).invoke('app.status', {})).rejects.toBeInstanceOf(TransportError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('delivers server-sent events, drops garbage, and closes the stream with the last listener', () => {
    const sources: FakeEventSource[] = [];
    const transport = createWebTransport({
      token: 'a b',
      fetch: vi.fn(),
      openEvents: (url) => {
        const source = new FakeEventSource(url);
        sources.push(source);
        return source as unknown as EventSource;
      },
    });
    const seen: AppEvent[] = [];
    const unsubscribe = transport.on((event) => seen.push(event));
    const source = sources[0]!;
    expect(source.url).toBe('/api/events?token=a%20b');
    source.onopen?.();
    source.onmessage?.({ data: JSON.stringify({ type: 'groupChanged', groupId: 'g1' }) });
    source.onmessage?.({ data: 'not json' });
    source.onmessage?.({ data: JSON.stringify({ type: 'unknown' }) });
    source.onopen?.(); // reconnected: views must refresh what they may have missed
    unsubscribe();
    expect(seen).toEqual([{ type: 'groupChanged', groupId: 'g1' }, { type: 'groupsChanged' }, { type: 'problemsChanged' }]);
    expect(source.closed).toBe(true);
  });
});
