// The agenda being edited, saved by the app's one autosave engine: shortly after each change, retried after a failure,
// at once when the window is hidden or the editor closes, and counted by the header's save indicator meanwhile.
import { useCallback, useRef, useState } from 'react';
import type { AgendaItem } from '../../../../src-main/domain/agenda-model';
import { useApi } from '../../api-context';
import { useReportPendingEdits } from '../../ui/pending-edits';
import { useAutosave } from '../../ui/use-autosave';

/** The store refuses an item without a title; such an agenda waits until the title is written. */
function isSavable(items: readonly AgendaItem[]): boolean {
  return items.every((item) => item.title.trim() !== '');
}

// The editor is keyed by meeting, so the group and meeting never change under one autosave.
export function useAgendaAutosave(groupId: string, meetingId: string, initial: readonly AgendaItem[]) {
  const api = useApi();
  const [items, setItemsState] = useState<AgendaItem[]>(() => [...initial]);
  const current = useRef<AgendaItem[]>(items);
  const autosave = useAutosave<AgendaItem[]>(async (value) => {
    const trimmed = value.map((item) => ({ ...item, title: item.title.trim() }));
    await api.call('agenda.save', { groupId, meetingId, items: trimmed });
  });
  const { schedule } = autosave;

  const setItems = useCallback(
    (next: AgendaItem[] | ((previous: AgendaItem[]) => AgendaItem[])) => {
      const value = typeof next === 'function' ? next(current.current) : next;
      current.current = value;
      setItemsState(value);
      if (isSavable(value)) schedule(value);
    },
    [schedule],
  );

  // An item without a title is an edit not on disk yet, so the header must not promise that all is saved.
  const untitled = !isSavable(items);
  useReportPendingEdits(untitled);

  return { items, setItems, state: autosave.state, untitled, saveNow: autosave.flush };
}
