// Reads sent before React has drawn anything, each held for the first view that asks the same method with the same
// input. The first screen needs the status, the groups and the shown group's dashboard; asked from the views' effects,
// each would wait for the page's script to be evaluated and for the render before it (docs/PERFORMANCE.md).
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract';
import type { ApiClient } from './api-client';

/**
 * A held answer not taken this long after it arrived is dropped: the reads are for the first screen only, and a view
 * drawn later asks afresh.
 */
export const HELD_AFTER_ANSWER_MS = 3_000;

interface Held {
  reads: Map<string, Promise<unknown>>;
  stopListening: () => void;
}

const heldByClient = new WeakMap<ApiClient, Held>();

const readKey = (method: MethodName, key: string) => `${method} ${key}`;

function dropAll(api: ApiClient): void {
  const held = heldByClient.get(api);
  if (!held) return;
  heldByClient.delete(api);
  held.stopListening();
}

/**
 * Sends `method` now and holds its answer for `takeEarlyRead`. Any change event drops every held answer, since it may
 * have been read before the change; the view then asks as it would have without them.
 */
export function sendEarlyRead<M extends MethodName>(api: ApiClient, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  let held = heldByClient.get(api);
  if (!held) {
    const reads = new Map<string, Promise<unknown>>();
    held = { reads, stopListening: api.onEvent(() => dropAll(api)) };
    heldByClient.set(api, held);
  }
  const { reads } = held;
  const name = readKey(method, JSON.stringify(input));
  const answer = (api.call as (method: M, input: InputOf<M>) => Promise<ResultOf<M>>)(method, input);
  reads.set(name, answer);
  // The taker sees a failure as its own; one never taken is not an unhandled rejection.
  const forget = () => {
    setTimeout(() => {
      if (reads.get(name) === answer) reads.delete(name);
      if (reads.size === 0 && heldByClient.get(api)?.reads === reads) dropAll(api);
    }, HELD_AFTER_ANSWER_MS);
  };
  answer.then(forget, forget);
  return answer;
}

/** The held answer for `method` with the input whose JSON is `key`, handed out once; undefined if none is held. */
export function takeEarlyRead<M extends MethodName>(api: ApiClient, method: M, key: string): Promise<ResultOf<M>> | undefined {
  const reads = heldByClient.get(api)?.reads;
  const name = readKey(method, key);
  const answer = reads?.get(name);
  if (answer === undefined) return undefined;
  reads!.delete(name);
  return answer as Promise<ResultOf<M>>;
}
