// Loads one query method, keeps its latest result, and reloads when a change event says the data moved.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract';
import type { AppEvent } from '../../src-main/domain/views';
import { useApi, useAppEvent } from './api-context';
import { sameJson } from '../../src-main/domain/same-json';

export interface QueryState<Result> {
  data: Result | undefined;
  error: unknown;
  /** True until the first answer (result or error) for the current input has arrived. */
  loading: boolean;
  reload: () => void;
  /** Replaces the data with a fresher copy a command returned, saving a round trip. */
  replace: (data: Result) => void;
}

interface Answer<Result> {
  key: string;
  data: Result | undefined;
  error: unknown;
}

/**
 * `input` null means "not yet" (e.g. no group chosen). `refreshOn` decides which events make the data stale.
 * Answers to superseded requests are dropped, so a slow old reply never overwrites a newer one.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: InputOf<M> | null,
  refreshOn: (event: AppEvent) => boolean,
): QueryState<ResultOf<M>> {
  const api = useApi();
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<Answer<ResultOf<M>> | null>(null);
  const [generation, setGeneration] = useState(0);
  const latestRequest = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const request = ++latestRequest.current;
    const parsedInput = JSON.parse(key) as InputOf<M>;
    const call = api.call as (method: M, input: InputOf<M>) => Promise<ResultOf<M>>;
    call(method, parsedInput).then(
      (data) => {
        if (request !== latestRequest.current) return;
        // An equal answer keeps the old object, so nothing below redraws for a reload that changed nothing.
        setAnswer((previous) => (previous?.key === key && previous.error === undefined && sameJson(previous.data, data) ? previous : { key, data, error: undefined }));
      },
      (error: unknown) => {
        if (request === latestRequest.current) setAnswer((previous) => ({ key, data: previous?.key === key ? previous.data : undefined, error }));
      },
    );
  }, [api, method, key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useAppEvent((event) => {
    if (key !== null && refreshOn(event)) reload();
  });

  const replace = useCallback(
    (data: ResultOf<M>) => {
      if (key !== null) setAnswer({ key, data, error: undefined });
    },
    [key],
  );

  const current = answer?.key === key ? answer : null;
  return { data: current?.data, error: current?.error, loading: key !== null && current === null, reload, replace };
}
