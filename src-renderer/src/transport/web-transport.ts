// Transport to the local web host: POST /api/invoke with the session token, events over Server-Sent Events.
import type { AppEvent } from '../../../src-main/domain/views';
import { TransportError, type ApiTransport, type AppEventListener } from '../api-client';

export const TOKEN_HEADER = 'x-netvaerk-token';

export interface WebTransportOptions {
  token: string | null;
  fetch?: typeof fetch;
  openEvents?: (url: string) => EventSource;
}

/**
 * Browsers let requests outlive their page (`keepalive`) only while their bodies in flight stay under 64 KiB together,
 * and refuse the request beyond that. Calls are sent so while they surely fit (3 bytes per UTF-16 unit is the worst
 * case), which is what lets an autosave sent as the tab closes arrive; a longer one (a long set of minutes) is sent
 * normally, as the autosave already sent most edits earlier.
 */
const KEEPALIVE_BUDGET_BYTES = 60_000;
const worstCaseBytes = (body: string) => body.length * 3;

const EVENT_TYPES = new Set<AppEvent['type']>(['groupsChanged', 'groupChanged', 'saveState', 'problemsChanged']);

function parseEvent(data: unknown): AppEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed === 'object' && parsed !== null && 'type' in parsed && EVENT_TYPES.has(parsed.type as AppEvent['type'])) {
      return parsed as AppEvent;
    }
  } catch {
    // A garbled message is dropped; the next change event refreshes the views anyway.
  }
  return null;
}

export function createWebTransport({ token, fetch: fetchImpl = fetch, openEvents = (url) => new EventSource(url) }: WebTransportOptions): ApiTransport {
  const listeners = new Set<AppEventListener>();
  let source: EventSource | null = null;
  let connectedBefore = false;
  let keepaliveBytesInFlight = 0;

  const emit = (event: AppEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  const connect = (sessionToken: string) => {
    source = openEvents(`/api/events?token=${encodeURIComponent(sessionToken)}`);
    source.onmessage = (message) => {
      const event = parseEvent(message.data);
      if (event) emit(event);
    };
    source.onopen = () => {
      // Changes made while the stream was down were never pushed; ask every view to refresh once.
      if (connectedBefore) {
        emit({ type: 'groupsChanged' });
        emit({ type: 'problemsChanged' });
      }
      connectedBefore = true;
    };
  };

  return {
    async invoke(method, input) {
      if (!token) throw new TransportError('sessionRefused');
      let response: Response;
      try {
        const body = JSON.stringify({ method, input });
        const bytes = worstCaseBytes(body);
        const keepalive = keepaliveBytesInFlight + bytes <= KEEPALIVE_BUDGET_BYTES;
        if (keepalive) keepaliveBytesInFlight += bytes;
        try {
          response = await fetchImpl('/api/invoke', {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
            body,
            keepalive,
          });
        } finally {
          if (keepalive) keepaliveBytesInFlight -= bytes;
        }
      } catch (cause) {
        throw new TransportError('unreachable', { cause });
      }
      if (response.status === 401 || response.status === 403) throw new TransportError('sessionRefused');
      if (!response.ok) throw new TransportError('badReply');
      try {
        return await response.json();
      } catch (cause) {
        throw new TransportError('badReply', { cause });
      }
    },
    on(listener) {
      listeners.add(listener);
      if (!source && token) connect(token);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
          connectedBefore = false;
        }
      };
    },
  };
}
