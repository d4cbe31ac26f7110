// A save function for autosave tests that succeeds at once and keeps every value it was given, in order.
export function recordingSave() {
  const saved: string[] = [];
  const save = async (value: string) => {
    saved.push(value);
  };
  return { saved, save };
}
