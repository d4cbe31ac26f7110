// The one door into the main process: validate the input with the contract's schema, call the handler,
// and turn whatever happens into a serialisable reply. Transports call this and nothing else.
import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from './contract';
import type { ApiReply } from './envelope';
import type { Handlers } from './handlers-type';
import { AppError, type ApiError, type ValidationIssue } from '../domain/errors';

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiReply>;

export interface DispatchOptions {
  /** Called with unexpected errors (not AppErrors) so they reach a log, never the UI. */
  onUnexpectedError?: (method: string, error: unknown) => void;
}

export function validationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code === 'custom' || issue.message === 'required' || issue.message === 'tooLong' ? issue.message : issue.code,
  }));
}

function toApiError(error: unknown): ApiError | null {
  if (error instanceof AppError) return { code: error.code, params: error.params };
  return null;
}

export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'unknownMethod' } };
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'validation', issues: validationIssues(parsed.error) } };
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      const result = await handler(parsed.data);
      return { ok: true, result: result === undefined ? null : result };
    } catch (error) {
      const known = toApiError(error);
      if (known) return { ok: false, error: known };
      options.onUnexpectedError?.(method, error);
      return { ok: false, error: { code: 'internal' } };
    }
  };
}

export type { MethodName };
