// The renderer's only way to the main process: typed calls from the contract, errors as ApiCallError, change events.
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract';
import type { ApiReply } from '../../src-main/api/envelope';
import type { ApiError } from '../../src-main/domain/errors';
import type { AppEvent } from '../../src-main/domain/views';

export type AppEventListener = (event: AppEvent) => void;

/** What carries a call: Electron's preload bridge or the web host's HTTP endpoint. */
export interface ApiTransport {
  invoke(method: string, input: unknown): Promise<ApiReply>;
  on(listener: AppEventListener): () => void;
}

/** The main process answered with an error envelope; `error` is what the translator turns into words. */
export class ApiCallError extends Error {
  constructor(
    readonly method: MethodName,
    readonly error: ApiError,
  ) {
    super(`${method} failed: ${error.code}`);
    this.name = 'ApiCallError';
  }
}

export type TransportFailure = 'sessionRefused' | 'unreachable' | 'badReply';

/** The call never got an answer from the main process (refused session, host gone, garbled reply). */
export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    options?: { cause?: unknown },
  ) {
    super(`transport failure: ${failure}`, options);
    this.name = 'TransportError';
  }
}

/** Methods whose whole input is optional may be called without one. */
type InputArgs<M extends MethodName> = Record<never, never> extends InputOf<M> ? [input?: InputOf<M>] : [input: InputOf<M>];

export interface ApiClient {
  call<M extends MethodName>(method: M, ...args: InputArgs<M>): Promise<ResultOf<M>>;
  onEvent(listener: AppEventListener): () => void;
}

function isApiReply(value: unknown): value is ApiReply {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'result' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

export function createApiClient(transport: ApiTransport): ApiClient {
  return {
    async call(method, ...args) {
      let reply: unknown;
      try {
        reply = await transport.invoke(method, args[0] ?? {});
      } catch (cause) {
        throw cause instanceof TransportError ? cause : new TransportError('unreachable', { cause });
      }
      if (!isApiReply(reply)) throw new TransportError('badReply');
      if (!reply.ok) throw new ApiCallError(method, reply.error);
      // The contract types the result; the main process validated the input it was produced from.
      return reply.result as ResultOf<typeof method>;
    },
    onEvent(listener) {
      return transport.on(listener);
    },
  };
}
