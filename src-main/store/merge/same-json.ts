// Whether two parsed-JSON values would be written as the same text: same keys in the same order, same values.
// Cheaper than stringifying both (it stops at the first difference and allocates nothing), and stricter than a
// deep-equal that ignores key order, which would let two devices write different bytes for "equal" data.
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!sameJson(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = definedKeys(a as Record<string, unknown>);
  const bKeys = definedKeys(b as Record<string, unknown>);
  if (aKeys.length !== bKeys.length) return false;
  for (let index = 0; index < aKeys.length; index += 1) {
    const key = aKeys[index]!;
    if (key !== bKeys[index]) return false;
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Keys JSON.stringify would write: an undefined value is left out. */
function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}
