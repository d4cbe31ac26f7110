// Deleting one of the group's own agenda templates: confirmation first, then an Undo that saves it again.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTemplate } from '../../../../src-main/domain/agenda-model';
import { useApi } from '../../api-context';
import { confirmDeletion } from '../../ui/confirm-deletion';
import { notifyFailure } from '../../ui/notify';
import { showUndoNotification } from '../../ui/undo-notification';

export function useDeleteTemplate(groupId: string): (template: AgendaTemplate) => void {
  const api = useApi();
  const { t } = useTranslation('agenda');
  const { t: tApp } = useTranslation();

  const restore = useCallback(
    ({ name, meetingKind, items }: AgendaTemplate) => {
      api.call('agenda.saveTemplate', { groupId, name, meetingKind, items }).catch((error: unknown) => notifyFailure(tApp, error));
    },
    [api, groupId, tApp],
  );

  return useCallback(
    (template: AgendaTemplate) => {
      confirmDeletion({
        title: t('deleteTemplateTitle', { name: template.name }),
        body: t('deleteTemplateBody'),
        confirmLabel: t('deleteTemplate'),
        cancelLabel: tApp('app.cancel'),
        onConfirm: () => {
          api.call('agenda.deleteTemplate', { groupId, templateId: template.id }).then(
            () =>
              showUndoNotification({
                id: `agenda-template-deleted-${template.id}`,
                message: t('templateDeleted', { name: template.name }),
                undoLabel: t('undo'),
                onUndo: () => restore(template),
              }),
            (error: unknown) => notifyFailure(tApp, error),
          );
        },
      });
    },
    [api, groupId, restore, t, tApp],
  );
}
