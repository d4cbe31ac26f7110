import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { query } from './define';
import { mergeTables } from './merge-tables';

describe('mergeTables', () => {
  const notes = { 'notes.list': query<string[]>()(z.strictObject({})) };
  const tasks = { 'tasks.list': query<number[]>()(z.strictObject({})) };

  it('joins the areas into one table', () => {
    expect(Object.keys(mergeTables(notes, tasks))).toEqual(['notes.list', 'tasks.list']);
  });

  it('refuses a name two areas both declare, instead of letting the later one win', () => {
    const clash = { 'notes.list': query<number>()(z.strictObject({ id: z.string() })) };
    expect(() => mergeTables(notes, tasks, clash)).toThrow('"notes.list" is declared by two areas');
  });
});
