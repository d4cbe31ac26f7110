// The store's state is frozen all the way down: nothing can change it except an update, and an unchanged object can
// be trusted as validated and reused as cached bytes (workspace-encoding.ts). Stops at what is already frozen, so
// freezing a new state that shares most objects with the old one costs only its new parts.
export function deepFreeze<T>(value: T): Readonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
