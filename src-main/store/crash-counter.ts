// The counter the crash test's writer raises, shared by the child (writes it) and the test (checks it on disk).
export const CRASH_GROUP_ID = 'crash-group';

/** The counter lives in the group description; its length varies so writes differ in size, as real edits do. */
export function describeCounter(value: number): string {
  return `${value}:${'x'.repeat(value % 700)}`;
}

export function counterOf(description: string): number {
  return Number.parseInt(description.split(':')[0] ?? '', 10);
}
