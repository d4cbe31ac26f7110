// Loads one query method, keeps its latest result, and reloads when a change event says the data it shows moved.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract';
import type { AppEvent } from '../../src-main/domain/views';
import { touchesParts, type WorkspacePart } from '../../src-main/domain/workspace-changes';
import { useApi, useAppEvent } from './api-context';
import { sameJson } from '../../src-main/domain/same-json';
import { takeEarlyRead } from './early-reads';
import { alreadyApplied, registryOf, rememberApplied, writesSettled, type AppliedRecords, type QueryHandle } from './query-writes';

export interface QueryState<Result> {
  data: Result | undefined;
  error: unknown;
  /** True until the first answer (result or error) for the current input has arrived. */
  loading: boolean;
  reload: () => void;
  /** Replaces the data with a fresher copy a command returned, saving a round trip. */
  replace: (data: Result) => void;
}

/**
 * Which change events make a query stale. A rule names the group and the parts of it the query shows: it refreshes
 * only when a change of that group touches one of them, and not for records a write already applied to it
 * (query-writes.ts). `also` adds other events (e.g. the groups list changed).
 */
export interface RefreshRule {
  groupId: string;
  /** Absent: any change of the group. */
  parts?: readonly WorkspacePart[];
  also?: (event: AppEvent) => boolean;
}

export type RefreshOn = RefreshRule | ((event: AppEvent) => boolean);

interface Answer<Result> {
  key: string;
  data: Result | undefined;
  error: unknown;
}

/**
 * `input` null means "not yet" (e.g. no group chosen). `refreshOn` decides which events make the data stale.
 * Answers are shown in the order they were asked for: one that comes after a later request's answer is dropped, so a
 * slow old reply never overwrites a newer one, but one that comes first is shown at once. One write often sends two
 * events a few milliseconds apart (the group, the list of groups): the view draws the first reload's answer instead
 * of waiting for the second's. A reload sets no state until its answer is in, and an answer equal to the data shown
 * keeps the old object: a reload that changed nothing redraws nothing.
 */
export function useApiQuery<M extends MethodName>(method: M, input: InputOf<M> | null, refreshOn: RefreshOn): QueryState<ResultOf<M>> {
  const api = useApi();
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<Answer<ResultOf<M>> | null>(null);
  const latestRequest = useRef(0);
  const answered = useRef(0);
  /** Requests before this one may lack what the view must show (sent before a write or a replacement shown here). */
  const acceptedFrom = useRef(1);
  /** The input the view shows now: an answer for another one (a reload decided after the input changed) is dropped. */
  const currentKey = useRef(key);
  const shown = useRef<Answer<ResultOf<M>> | null>(null);
  const applied = useRef<AppliedRecords>(new Map());

  const load = useCallback(() => {
    if (key === null) return;
    const request = ++latestRequest.current;
    const parsedInput = JSON.parse(key) as InputOf<M>;
    const call = api.call as (method: M, input: InputOf<M>) => Promise<ResultOf<M>>;
    const settle = (next: (previous: Answer<ResultOf<M>> | null) => Answer<ResultOf<M>>, failed = false) => {
      if (key !== currentKey.current || request < acceptedFrom.current || request < answered.current) return;
      // A failure shows only if nothing newer has been asked: a newer request may well succeed.
      if (failed && request !== latestRequest.current) return;
      answered.current = request;
      const previous = shown.current;
      shown.current = next(previous);
      if (shown.current !== previous) setAnswer(shown.current);
    };
    // The first screen's reads may already be on their way (early-reads.ts).
    (takeEarlyRead(api, method, key) ?? call(method, parsedInput)).then(
      // An equal answer keeps the old object, so nothing below redraws for a reload that changed nothing.
      (data) => settle((previous) => (previous?.key === key && previous.error === undefined && sameJson(previous.data, data) ? previous : { key, data, error: undefined })),
      (error: unknown) => settle((previous) => ({ key, data: previous?.key === key ? previous.data : undefined, error }), true),
    );
  }, [api, method, key]);

  // An answer for another input is dropped as soon as the input changes, not only hidden: were the input to come back
  // before its new answer, the old one would be shown as current, and an editor would start from data older than the
  // edits saved before it left.
  if (answer !== null && answer.key !== key) setAnswer(null);

  useEffect(() => {
    applied.current = new Map();
    currentKey.current = key;
    shown.current = null;
    acceptedFrom.current = latestRequest.current + 1;
    load();
  }, [load, key]);

  // A write's result applied here (query-writes.ts). A request still on its way was sent before the write was durable
  // and may lack it: it is dropped and asked again, so it cannot take the written record back off the screen.
  useEffect(() => {
    if (key === null) return;
    const handle: QueryHandle = {
      method,
      key,
      apply(update, changes) {
        const current = shown.current;
        if (current?.key !== key || current.data === undefined) return;
        rememberApplied(applied.current, changes);
        const data = update(current.data) as ResultOf<M>;
        // A write the view already shows (the editor's own autosave) only claims its records: nothing to redraw.
        if (data !== current.data) {
          const next = { key, data, error: undefined };
          shown.current = next;
          setAnswer(next);
        }
        if (answered.current !== latestRequest.current) {
          acceptedFrom.current = latestRequest.current + 1;
          load();
        }
      },
    };
    const { queries } = registryOf(api);
    queries.add(handle);
    return () => void queries.delete(handle);
  }, [api, method, key, load]);

  useAppEvent((event) => {
    if (key === null) return;
    if (typeof refreshOn === 'function') {
      if (refreshOn(event)) load();
      return;
    }
    if (event.type !== 'groupChanged' || event.groupId !== refreshOn.groupId) {
      if (refreshOn.also?.(event)) load();
      return;
    }
    const { parts } = refreshOn;
    if (parts === undefined) {
      load();
      return;
    }
    if (!touchesParts(event.changes, parts)) return;
    const decide = () => {
      if (!alreadyApplied(applied.current, event.changes, parts)) load();
    };
    // Our own write's event usually arrives before its reply: wait for the reply to be applied, then decide.
    const settled = writesSettled(api, refreshOn.groupId);
    if (settled) void settled.then(decide);
    else decide();
  });

  const replace = useCallback(
    (data: ResultOf<M>) => {
      if (key === null) return;
      // A reload already on its way was asked before this value and must not take it back.
      acceptedFrom.current = latestRequest.current + 1;
      const next = { key, data, error: undefined };
      shown.current = next;
      setAnswer(next);
    },
    [key],
  );

  const current = answer?.key === key ? answer : null;
  return { data: current?.data, error: current?.error, loading: key !== null && current === null, reload: load, replace };
}

/** The rule for a query that shows `parts` of one group. */
export function groupParts(groupId: string, ...parts: WorkspacePart[]): RefreshRule {
  return { groupId, parts };
}
