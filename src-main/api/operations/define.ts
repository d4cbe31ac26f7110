// How an operation is declared: its input schema, its result type, and whether it changes data.
import type { z } from 'zod';

/**
 * What a query needs read before it is answered while a start reads the groups: the list of groups (every group open
 * or summarized from its file's glance), or the one group its input names (opened next). Absent: every group, as every
 * command waits.
 */
export type NeedsAtStart = 'groupList' | 'ownGroup';

export interface Operation<Input extends z.ZodType, Result> {
  input: Input;
  /** 'command' may change data; a 'query' must not, which the contract fuzz checks on every query. */
  kind: 'query' | 'command';
  needsAtStart?: NeedsAtStart;
  /** Phantom field carrying the result type; never set at runtime. */
  result?: Result;
}

export function query<Result>(needsAtStart?: NeedsAtStart) {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Result> => ({ input, kind: 'query', ...(needsAtStart ? { needsAtStart } : {}) });
}

export function command<Result>() {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Result> => ({ input, kind: 'command' });
}

/** The result type an operation declares; the one place each operation's result is named. */
export type ResultOfOperation<O> = O extends Operation<z.ZodType, infer Result> ? Result : never;
