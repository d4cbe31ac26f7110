// What the facilitator does in the directory: add, edit, delete with undo, copy from another group.
// Each write's reply (sent once the change is durable) is applied to the directory at once, without a refetch.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerFields } from '../../../../src-main/api/operations/speakers';
import type { Speaker } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { confirmDeletion } from '../../ui/confirm-deletion';
import { deleteWithUndo } from '../../ui/delete-with-undo';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { patchQuery, removeById, upsertById, useWriteThrough } from '../../query-writes';

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
  const writeThrough = useWriteThrough();

  return useMemo<SpeakerActions>(() => {
    /** The directory with `speaker` saved into it, as the store now holds it. */
    const saved = (speaker: Speaker) => [patchQuery('speakers.list', { groupId }, (list) => upsertById(list, speaker), { speakers: [speaker.id] })];
    const removed = (speaker: Speaker) => [patchQuery('speakers.list', { groupId }, (list) => removeById(list, speaker.id), { speakers: [speaker.id] })];
    const remove = (speaker: Speaker, onDeleted: () => void) =>
      deleteWithUndo({
        noticeId: 'speaker-deleted',
        remove: () => writeThrough(groupId, () => api.call('speakers.delete', { groupId, speakerId: speaker.id }), removed),
        restore: (deleted) => writeThrough(groupId, () => api.call('speakers.restore', { groupId, speaker: deleted }), saved),
        deletedMessage: (deleted) => t('deleted', { name: deleted.name }),
        restoredMessage: (deleted) => t('restored', { name: deleted.name }),
        undoLabel: t('undo'),
        tApp,
        onDeleted,
      });
    return {
      async save(fields, speakerId) {
        const speaker = await writeThrough(
          groupId,
          () => (speakerId ? api.call('speakers.update', { groupId, speakerId, speaker: fields }) : api.call('speakers.create', { groupId, speaker: fields })),
          saved,
        );
        notifySuccess(t(speakerId ? 'updated' : 'created', { name: speaker.name }));
        return speaker;
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
          const copy = await writeThrough(groupId, () => api.call('speakers.copyFromGroup', { groupId, fromGroupId, speakerId: speaker.id }), saved);
          notifySuccess(t('elsewhere.copied', { name: copy.name }));
        } catch (error) {
          notifyFailure(tApp, error);
        }
      },
    };
  }, [api, groupId, t, tApp, writeThrough]);
}
