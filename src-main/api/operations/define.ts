// How an operation is declared: its input schema, its result type, and whether it changes data.
import type { z } from 'zod';

export interface Operation<Input extends z.ZodType, Result> {
  input: Input;
  /** 'command' may change data; a 'query' must not, which the contract fuzz checks on every query. */
  kind: 'query' | 'command';
  /** Phantom field carrying the result type; never set at runtime. */
  result?: Result;
}

export function query<Result>() {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Result> => ({ input, kind: 'query' });
}

export function command<Result>() {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Result> => ({ input, kind: 'command' });
}

/** The result type an operation declares; the one place each operation's result is named. */
export type ResultOfOperation<O> = O extends Operation<z.ZodType, infer Result> ? Result : never;
