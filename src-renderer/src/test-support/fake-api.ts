// A scripted ApiClient for component tests: answers per method, records every call, lets a test push events.
import type { MethodName, ResultOf } from '../../../src-main/api/contract';
import type { ApiError } from '../../../src-main/domain/errors';
import type { AppEvent } from '../../../src-main/domain/views';
import { ApiCallError, type ApiClient, type AppEventListener } from '../api-client';

type Answer<M extends MethodName> = ResultOf<M> | { error: ApiError } | ((input: unknown) => ResultOf<M>);
export type FakeAnswers = { [M in MethodName]?: Answer<M> };

export interface FakeApi extends ApiClient {
  calls: { method: MethodName; input: unknown }[];
  emit(event: AppEvent): void;
}

function isErrorAnswer(answer: unknown): answer is { error: ApiError } {
  return typeof answer === 'object' && answer !== null && 'error' in answer && Object.keys(answer).length === 1;
}

export function createFakeApi(answers: FakeAnswers = {}): FakeApi {
  const listeners = new Set<AppEventListener>();
  const calls: FakeApi['calls'] = [];
  return {
    calls,
    async call(method, ...args) {
      const input = args[0] ?? {};
      calls.push({ method, input });
      const answer: unknown = answers[method];
      if (answer === undefined) throw new Error(`fake api has no answer for ${method}`);
      if (isErrorAnswer(answer)) throw new ApiCallError(method, answer.error);
      return (typeof answer === 'function' ? answer(input) : answer) as ResultOf<typeof method>;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
  };
}
