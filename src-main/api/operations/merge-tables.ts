// Joins the per-area tables (operations, or the handlers built from them) into one, refusing a name two areas both
// declare. Object spread would let the later one win silently, and calls would reach the wrong implementation.

/** `A | B` to `A & B`: the merged table has every area's entries. */
type UnionToIntersection<U> = (U extends unknown ? (merge: U) => void : never) extends (merge: infer I) => void ? I : never;

export function mergeTables<const Tables extends readonly object[]>(...tables: Tables): UnionToIntersection<Tables[number]> {
  const merged: Record<string, unknown> = {};
  for (const table of tables) {
    for (const [name, entry] of Object.entries(table)) {
      if (Object.hasOwn(merged, name)) throw new Error(`The operation "${name}" is declared by two areas.`);
      merged[name] = entry;
    }
  }
  return merged as UnionToIntersection<Tables[number]>;
}
