// Sets a decision's status and offers to take it back in the notice, since a changed status (above all a lost
// "replaced by" link) is easy to set by a slip of the keyboard.
import { useTranslation } from 'react-i18next';
import type { DecisionStatusChange, RegisterDecision } from '../../../../src-main/domain/decision-register';
import { useApi } from '../../api-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { showUndoNotification } from '../../ui/undo-notification';

export function useDecisionStatus(groupId: string): (entry: RegisterDecision, change: DecisionStatusChange) => Promise<void> {
  const api = useApi();
  const { t } = useTranslation('history');
  const { t: tApp } = useTranslation();
  return async (entry, change) => {
    let previous: DecisionStatusChange;
    try {
      ({ previous } = await api.call('history.setDecisionStatus', { groupId, decisionId: entry.decisionId, change }));
    } catch (error) {
      notifyFailure(tApp, error);
      return;
    }
    showUndoNotification({
      id: `decision-status-${entry.decisionId}`,
      message: t('decisions.saved', { text: entry.text, status: t(`status.${change.status}`) }),
      undoLabel: t('decisions.undo'),
      onUndo: () =>
        void api.call('history.setDecisionStatus', { groupId, decisionId: entry.decisionId, change: previous }).then(
          () => notifySuccess(t('decisions.undone')),
          (error: unknown) => notifyFailure(tApp, error),
        ),
    });
  };
}
