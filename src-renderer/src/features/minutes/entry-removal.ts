// Removing an entry from the minutes is one click, so it is always one click to take back: the entry returns to the
// place it had, through the same draft update as any edit (and so the same autosave).
import { showUndoNotification } from '../../ui/undo-notification';

type ListChange<Entry> = (change: (all: Entry[]) => Entry[]) => void;

interface Removal<Entry> {
  /** Where the entry is in the list as it is when the removal runs. */
  findIndex: (all: readonly Entry[]) => number;
  /** Removing the same entry twice replaces its notice instead of stacking two. */
  noticeId: string;
  message: string;
  undoLabel: string;
}

export function removeEntryWithUndo<Entry>(change: ListChange<Entry>, { findIndex, noticeId, message, undoLabel }: Removal<Entry>): void {
  let removed: { entry: Entry; at: number } | null = null;
  change((all) => {
    const at = findIndex(all);
    if (at === -1) return all;
    removed = { entry: all[at]!, at };
    return [...all.slice(0, at), ...all.slice(at + 1)];
  });
  showUndoNotification({
    id: `minutes-entry-removed-${noticeId}`,
    message,
    undoLabel,
    onUndo: () =>
      change((all) => {
        if (!removed || all.includes(removed.entry)) return all;
        return [...all.slice(0, removed.at), removed.entry, ...all.slice(removed.at)];
      }),
  });
}

/** For entries with an id: finds the one with this id. */
export function byId(id: string) {
  return <Entry extends { id: string }>(all: readonly Entry[]) => all.findIndex((entry) => entry.id === id);
}
