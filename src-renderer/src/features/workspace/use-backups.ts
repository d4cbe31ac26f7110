// A group's backups and restoring one, after the facilitator has confirmed it.
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { BackupInfo } from '../../../../src-main/domain/views';
import { useApi } from '../../api-context';
import { formatDateTime } from '../../i18n/dates';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { showUndoNotification } from '../../ui/undo-notification';
import { useApiQuery } from '../../use-api-query';

export function useBackups(groupId: string) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const query = useApiQuery('backups.list', { groupId }, (event) =>
    event.type === 'groupsChanged' || (event.type === 'groupChanged' && event.groupId === groupId),
  );
  const { reload } = query;

  const confirmRestore = useCallback(
    (backup: BackupInfo) => {
      const date = formatDateTime(backup.createdAt, i18n.language as Language);
      modals.openConfirmModal({
        title: t('backups.confirmTitle'),
        children: t('backups.confirmBody', { name: backup.groupName, date }),
        labels: { confirm: t('backups.confirm'), cancel: t('app.cancel') },
        onConfirm: () => {
          api.call('backups.restore', { groupId: backup.groupId, backupId: backup.id }).then(
            (group) => {
              reload();
              const message = t('backups.restored', { name: group.name, date });
              const undoBackupId = group.undoBackupId;
              if (undoBackupId === null) {
                notifySuccess(message);
                return;
              }
              // Undo restores the copy the restore saved of the group as it was a moment ago.
              showUndoNotification({
                id: `restore-${undoBackupId}`,
                message,
                undoLabel: t('backups.undo'),
                onUndo: () => {
                  api.call('backups.restore', { groupId: backup.groupId, backupId: undoBackupId }).then(
                    (undone) => {
                      reload();
                      notifySuccess(t('backups.undone', { name: undone.name }));
                    },
                    (error: unknown) => notifyFailure(t, error),
                  );
                },
              });
            },
            (error: unknown) => notifyFailure(t, error),
          );
        },
      });
    },
    [api, i18n.language, reload, t],
  );

  return { ...query, confirmRestore };
}
