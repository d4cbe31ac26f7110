// The wire format shared by every transport: a request names a method, a reply is a result or a serialisable error.
import type { ApiError } from '../domain/errors';

export interface ApiRequest {
  method: string;
  input: unknown;
}

export type ApiReply<Result = unknown> = { ok: true; result: Result } | { ok: false; error: ApiError };

export const IPC_INVOKE_CHANNEL = 'api:invoke';
export const IPC_EVENT_CHANNEL = 'api:event';
