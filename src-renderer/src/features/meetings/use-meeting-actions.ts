// What the facilitator does to meetings: create, edit, delete with confirmation and undo, export to a calendar file.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFields } from '../../../../src-main/api/operations/meetings';
import type { Language, Meeting } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { formatLongDate } from '../../i18n/dates';
import { confirmDeletion } from '../../ui/confirm-deletion';
import { deleteWithUndo } from '../../ui/delete-with-undo';
import { deliverExport } from '../../ui/deliver-export';
import { notifyFailure, notifySuccess } from '../../ui/notify';

export interface MeetingActions {
  /** Throws the ApiCallError so the form can stay open and show it. */
  save(fields: MeetingFields, meetingId: string | null): Promise<Meeting>;
  confirmDelete(meeting: Meeting): void;
  exportIcs(target: { meetingId: string } | { year: number }): Promise<void>;
}

export function useMeetingActions(groupId: string): MeetingActions {
  const api = useApi();
  const { t, i18n } = useTranslation('meetings');
  const { t: tApp } = useTranslation();

  return useMemo<MeetingActions>(() => {
    const dateOf = (meeting: Pick<Meeting, 'date'>) => formatLongDate(meeting.date, i18n.language as Language);
    const remove = (meeting: Meeting) =>
      deleteWithUndo({
        noticeId: 'meeting-deleted',
        remove: () => api.call('meetings.delete', { groupId, meetingId: meeting.id }),
        restore: (deleted) => api.call('meetings.restore', { groupId, meeting: deleted }),
        deletedMessage: (deleted) => t('deleted', { date: dateOf(deleted) }),
        restoredMessage: (deleted) => t('restored', { date: dateOf(deleted) }),
        undoLabel: t('undo'),
        tApp,
      });

    return {
      async save(fields, meetingId) {
        const saved = meetingId
          ? await api.call('meetings.update', { groupId, meetingId, fields })
          : await api.call('meetings.create', { groupId, fields });
        notifySuccess(t(meetingId ? 'updated' : 'created', { date: dateOf(saved) }));
        return saved;
      },
      confirmDelete(meeting) {
        confirmDeletion({
          title: t('deleteConfirmTitle', { date: dateOf(meeting) }),
          body: t('deleteConfirmBody'),
          confirmLabel: t('delete'),
          cancelLabel: tApp('app.cancel'),
          onConfirm: () => void remove(meeting),
        });
      },
      async exportIcs(target) {
        try {
          const result = await api.call('meetings.exportIcs', { groupId, ...target });
          const fileName = deliverExport(result);
          if (fileName) notifySuccess(t('exported', { fileName }));
        } catch (error) {
          notifyFailure(tApp, error);
        }
      },
    };
  }, [api, groupId, i18n, t, tApp]);
}
