// Typed calls through the real services for handler tests: one caller bound to a test's services, and refusals.
import type { ApiError } from '../domain/errors';
import type { InputOf, MethodName, ResultOf } from '../api/contract';
import { typedCall, type TestServices } from './test-services';

export type Caller = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<ResultOf<M>>;

export function callerFor(test: () => TestServices): Caller {
  return (method, input) => typedCall(test().services, method, input);
}

/** The error a call was refused with, or undefined if it succeeded. */
export async function refusal(promise: Promise<unknown>): Promise<ApiError | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { apiError?: ApiError }).apiError;
  }
}
