// The agenda being edited, saved automatically shortly after each change and at once when the editor closes,
// so no edit is lost by switching tab, meeting or group.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgendaItem } from '../../../../src-main/domain/agenda-model';
import { useApi } from '../../api-context';

export type AgendaSaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'invalid';

const SAVE_DELAY_MS = 600;

/** The store refuses an item without a title; such an agenda waits until the title is written. */
export function isSavable(items: readonly AgendaItem[]): boolean {
  return items.every((item) => item.title.trim() !== '');
}

export function useAgendaAutosave(groupId: string, meetingId: string, initial: readonly AgendaItem[]) {
  const api = useApi();
  const [items, setItemsState] = useState<AgendaItem[]>(() => [...initial]);
  const [status, setStatus] = useState<AgendaSaveStatus>('saved');
  const current = useRef<AgendaItem[]>([...initial]);
  const unsaved = useRef<AgendaItem[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSave = useRef<Promise<void>>(Promise.resolve());

  /** Starts saving what is waiting; the promise settles when every save so far has (it never rejects). */
  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const toSave = unsaved.current;
    if (!toSave || !isSavable(toSave)) return lastSave.current;
    unsaved.current = null;
    setStatus('saving');
    const trimmed = toSave.map((item) => ({ ...item, title: item.title.trim() }));
    lastSave.current = api.call('agenda.save', { groupId, meetingId, items: trimmed }).then(
      () => {
        if (!unsaved.current) setStatus('saved');
      },
      () => {
        unsaved.current ??= toSave;
        setStatus('failed');
      },
    );
    return lastSave.current;
  }, [api, groupId, meetingId]);

  const setItems = useCallback(
    (next: AgendaItem[] | ((previous: AgendaItem[]) => AgendaItem[])) => {
      const value = typeof next === 'function' ? next(current.current) : next;
      current.current = value;
      unsaved.current = value;
      setItemsState(value);
      if (!isSavable(value)) {
        if (timer.current) clearTimeout(timer.current);
        setStatus('invalid');
        return;
      }
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  // Closing the editor (another tab, meeting or group) or the window saves what is still waiting.
  useEffect(() => {
    const flushNow = () => void flush();
    window.addEventListener('beforeunload', flushNow);
    return () => {
      window.removeEventListener('beforeunload', flushNow);
      flushNow();
    };
  }, [flush]);

  return { items, setItems, status, saveNow: flush };
}
