// Marks an action done (or open again) and offers the reverse in the notice, so a slip of the mouse costs nothing.
import type { TFunction } from 'i18next';
import type { ApiClient } from '../api-client';
import { notifyFailure } from './notify';
import { showUndoNotification } from './undo-notification';

export interface ActionDoneTexts {
  t: TFunction<'followUp'>;
  /** The app's own texts, for translating errors. */
  tApp: TFunction;
}

export async function markActionDone(api: ApiClient, texts: ActionDoneTexts, groupId: string, action: { id: string; text: string }, done: boolean): Promise<void> {
  const { t, tApp } = texts;
  try {
    await api.call('actions.setDone', { groupId, actionId: action.id, done });
  } catch (error) {
    notifyFailure(tApp, error);
    return;
  }
  showUndoNotification({
    id: `action-done-${action.id}`,
    message: t(done ? 'actions.markedDone' : 'actions.reopened', { text: action.text }),
    undoLabel: t('actions.undo'),
    onUndo: () => void markActionDone(api, texts, groupId, action, !done),
  });
}
