// The shape every implementation of the contract must have; a missing or mistyped handler fails the type-check.
import type { MethodName, ParsedInputOf, ResultOf } from './contract';

export type Handlers = {
  [M in MethodName]: (input: ParsedInputOf<M>) => Promise<ResultOf<M>>;
};
