// A stored value as the inbox shows it: text as it is, yes/no, and anything with parts as indented JSON (lists of
// agenda items or employments have no shorter faithful form, and the user must see exactly what each side holds).
export type ValueText = { kind: 'text'; text: string } | { kind: 'empty' } | { kind: 'yesNo'; yes: boolean } | { kind: 'structured'; text: string };

export function describeValue(value: unknown): ValueText {
  if (value === undefined || value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'yesNo', yes: value };
  if (typeof value === 'string' || typeof value === 'number') return { kind: 'text', text: String(value) };
  return { kind: 'structured', text: JSON.stringify(value, null, 2) };
}
