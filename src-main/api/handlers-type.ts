// The shape every implementation of the contract must have, derived from the operations tables: a handler module
// names no operation itself, so a missing or mistyped handler fails the type-check.
import type { z } from 'zod';
import type { Contract } from './contract';
import type { Operation, ResultOfOperation } from './operations/define';

/** The handlers for one area's operations table, e.g. `HandlersFor<typeof minutesOperations>`. */
export type HandlersFor<Table extends Record<string, Operation<z.ZodType, unknown>>> = {
  [M in keyof Table]: (input: z.output<Table[M]['input']>) => Promise<ResultOfOperation<Table[M]>>;
};

export type Handlers = HandlersFor<Contract>;
