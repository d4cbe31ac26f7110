// Typed calls through the real services for the members, speakers and invitations handler tests.
import type { ApiError } from '../../domain/errors';
import type { InputOf, MethodName, ResultOf } from '../contract';
import type { TestServices } from '../../app/test-services';

export type Caller = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<ResultOf<M>>;

export function callerFor(test: () => TestServices): Caller {
  return async (method, input) => {
    const reply = await test().services.dispatch(method, input);
    if (!reply.ok) throw Object.assign(new Error(`${method} refused: ${reply.error.code}`), { apiError: reply.error });
    return reply.result as ResultOf<typeof method>;
  };
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
