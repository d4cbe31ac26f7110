// fast-check arbitraries derived from zod 4 schemas, for tests that feed every operation inputs the contract accepts.
// Only the schema kinds the contract uses are known; anything else throws, so a new kind of field fails the test that
// derives it instead of silently generating nothing. Refinements are not read: callers filter with safeParse.
import fc from 'fast-check';
import type { z } from 'zod';

/** Where a string field's value comes from when its key names a record (e.g. meetingId → existing meetings). */
export type IdPools = Readonly<Record<string, readonly string[]>>;

export interface DeriveOptions {
  /** Keys whose values should mostly be existing ids, so calls reach past "not found". */
  idPools: IdPools;
  /** Arbitraries that replace the derived one for a key, wherever it appears (e.g. a file's bytes). */
  byKey?: Readonly<Record<string, fc.Arbitrary<unknown>>>;
}

interface CheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
}

// The zod 4 definition fields read here; the rest of a definition is ignored.
interface SchemaDef extends CheckDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

const SAMPLE_WORDS = ['Anna Jensen', 'Aarhus Kommune', 'IT-chef', 'Oplæg om AI', 'Ærø', 'NIS2 – et år efter', 'x'];
const entityIdArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const isoDay = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });

function stringArbitrary(def: SchemaDef, key: string | undefined, options: DeriveOptions): fc.Arbitrary<string> {
  const checks: CheckDef[] = [def, ...(def.checks ?? []).map((check) => check._zod.def)];
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const max = Math.min(200, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? 200));
  const format = checks.find((c) => c.check === 'string_format' || c.format !== undefined);
  const pool = key === undefined ? undefined : options.idPools[key];
  let base: fc.Arbitrary<string>;
  if (format?.format === 'date') base = isoDay.map((date) => date.toISOString().slice(0, 10));
  else if (format?.format === 'datetime') base = isoDay.map((date) => date.toISOString());
  else if (format?.format === 'email') base = fc.emailAddress();
  else if (format?.pattern) base = fc.stringMatching(format.pattern);
  else base = fc.oneof(fc.constantFrom(...SAMPLE_WORDS), fc.string({ minLength: min, maxLength: Math.min(max, 40) }));
  const sized = base.filter((text) => text.length >= min && text.length <= max);
  if (pool !== undefined && pool.length > 0) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: sized });
  return sized;
}

function numberArbitrary(def: SchemaDef): fc.Arbitrary<number> {
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const integer = checks.some((c) => c.format === 'safeint' || c.format === 'int32');
  const lower = checks.filter((c) => c.check === 'greater_than').map((c) => c.value ?? 0);
  const upper = checks.filter((c) => c.check === 'less_than').map((c) => c.value ?? 0);
  const min = lower.length > 0 ? Math.max(...lower) : -1000;
  const max = upper.length > 0 ? Math.min(...upper) : 1000;
  return integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary for `schema`'s input side; `key` is the object key the value sits under, if any. */
export function arbitraryFor(schema: z.ZodType, options: DeriveOptions, key?: string): fc.Arbitrary<unknown> {
  const override = key === undefined ? undefined : options.byKey?.[key];
  if (override) return override;
  const def = defOf(schema);
  const inner = (next: z.ZodType | undefined, nextKey = key) => arbitraryFor(next as z.ZodType, options, nextKey);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def, key, options);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(inner(def.innerType), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner(def.getter?.());
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inner(option)));
    case 'array': {
      const checks = (def.checks ?? []).map((check) => check._zod.def);
      const minLength = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
      const maxLength = Math.min(minLength + 3, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? 99));
      return fc.array(inner(def.element, undefined), { minLength, maxLength });
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((item) => inner(item, undefined)));
    case 'record':
      return fc.dictionary(inner(def.keyType, undefined) as fc.Arbitrary<string>, inner(def.valueType, undefined), { maxKeys: 3 });
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape ?? {}).map(([name, field]) => [name, arbitraryFor(field, options, name)])));
    default:
      throw new Error(`No arbitrary for a zod "${def.type}" schema${key ? ` (at "${key}")` : ''}.`);
  }
}

/** Inputs `schema` accepts: derived, then kept only when the schema's refinements agree. */
export function validInputs(schema: z.ZodType, options: DeriveOptions): fc.Arbitrary<unknown> {
  return arbitraryFor(schema, options).filter((input) => schema.safeParse(input).success);
}

export { entityIdArb };
