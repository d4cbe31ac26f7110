// Deletes one record, then offers Undo that restores it; each step reports its own outcome as a notice.
import type { TFunction } from 'i18next';
import { notifyFailure, notifySuccess } from './notify';
import { showUndoNotification } from './undo-notification';

interface DeleteWithUndoOptions<Deleted extends { id: string }> {
  /** Start of the notice id ("member-deleted"), so deleting the same record twice replaces the notice. */
  noticeId: string;
  remove: () => Promise<Deleted>;
  restore: (deleted: Deleted) => Promise<unknown>;
  deletedMessage: (deleted: Deleted) => string;
  restoredMessage: (deleted: Deleted) => string;
  undoLabel: string;
  /** The app namespace's t, for translating a failure. */
  tApp: TFunction;
  onDeleted?: () => void;
}

export async function deleteWithUndo<Deleted extends { id: string }>(options: DeleteWithUndoOptions<Deleted>): Promise<void> {
  const undo = async (deleted: Deleted) => {
    try {
      await options.restore(deleted);
      notifySuccess(options.restoredMessage(deleted));
    } catch (error) {
      notifyFailure(options.tApp, error);
    }
  };
  try {
    const deleted = await options.remove();
    options.onDeleted?.();
    showUndoNotification({
      id: `${options.noticeId}-${deleted.id}`,
      message: options.deletedMessage(deleted),
      undoLabel: options.undoLabel,
      onUndo: () => void undo(deleted),
    });
  } catch (error) {
    notifyFailure(options.tApp, error);
  }
}
