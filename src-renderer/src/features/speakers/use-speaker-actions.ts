// What the facilitator does in the directory: add, edit, delete with undo, copy from another group.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerFields } from '../../../../src-main/api/operations/speakers';
import type { Speaker } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { confirmDeletion } from '../../ui/confirm-deletion';
import { deleteWithUndo } from '../../ui/delete-with-undo';
import { notifyFailure, notifySuccess } from '../../ui/notify';

export interface SpeakerActions {
  /** Throws the ApiCallError so the form can stay open and show it. */
  save(fields: SpeakerFields, speakerId: string | null): Promise<Speaker>;
  confirmDelete(speaker: Speaker, onDeleted: () => void): void;
  copyFrom(fromGroupId: string, speaker: Speaker): Promise<void>;
}

export function useSpeakerActions(groupId: string): SpeakerActions {
  const api = useApi();
  const { t } = useTranslation('speakers');
  const { t: tApp } = useTranslation();

  return useMemo<SpeakerActions>(() => {
    const remove = (speaker: Speaker, onDeleted: () => void) =>
      deleteWithUndo({
        noticeId: 'speaker-deleted',
        remove: () => api.call('speakers.delete', { groupId, speakerId: speaker.id }),
        restore: (deleted) => api.call('speakers.restore', { groupId, speaker: deleted }),
        deletedMessage: (deleted) => t('deleted', { name: deleted.name }),
        restoredMessage: (deleted) => t('restored', { name: deleted.name }),
        undoLabel: t('undo'),
        tApp,
        onDeleted,
      });
    return {
      async save(fields, speakerId) {
        const saved = speakerId
          ? await api.call('speakers.update', { groupId, speakerId, speaker: fields })
          : await api.call('speakers.create', { groupId, speaker: fields });
        notifySuccess(t(speakerId ? 'updated' : 'created', { name: saved.name }));
        return saved;
      },
      confirmDelete(speaker, onDeleted) {
        confirmDeletion({
          title: t('deleteConfirmTitle', { name: speaker.name }),
          body: t('deleteConfirmBody'),
          confirmLabel: t('delete'),
          cancelLabel: tApp('app.cancel'),
          onConfirm: () => void remove(speaker, onDeleted),
        });
      },
      async copyFrom(fromGroupId, speaker) {
        try {
          const copy = await api.call('speakers.copyFromGroup', { groupId, fromGroupId, speakerId: speaker.id });
          notifySuccess(t('elsewhere.copied', { name: copy.name }));
        } catch (error) {
          notifyFailure(tApp, error);
        }
      },
    };
  }, [api, groupId, t, tApp]);
}
