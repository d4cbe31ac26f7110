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
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const xKeys = Object.keys(x);
  const yKeys = Object.keys(y);
  // The usual case, keys alike and in order, without allocating more; a key set to undefined takes the long way.
  if (xKeys.length === yKeys.length && xKeys.every((key, index) => key === yKeys[index])) {
    for (const key of xKeys) if (!sameJson(x[key], y[key])) return false;
    return true;
  }
  return sameDefinedKeys(x, y);
}

function sameDefinedKeys(x: Record<string, unknown>, y: Record<string, unknown>): boolean {
  const xKeys = definedKeys(x);
  const yKeys = definedKeys(y);
  if (xKeys.length !== yKeys.length) return false;
  for (let index = 0; index < xKeys.length; index += 1) {
    const key = xKeys[index]!;
    if (key !== yKeys[index] || !sameJson(x[key], y[key])) return false;
  }
  return true;
}

/** Keys JSON.stringify would write: an undefined value is left out. */
function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}
