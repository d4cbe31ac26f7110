// The one check the form makes before calling: a name that is blank once trimmed. Every other rule (length,
// control characters) lives in the contract's schema, and its answer is shown next to the field.
export function groupNameIssue(name: string): 'required' | null {
  return name.trim() === '' ? 'required' : null;
}
