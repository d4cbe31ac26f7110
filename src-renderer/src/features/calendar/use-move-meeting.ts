// Moving a meeting to another day from the calendar, saved through the API, with an Undo that moves it back.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { formatShortDate } from '../../i18n/dates';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { showUndoNotification } from '../../ui/undo-notification';

export interface MoveRequest {
  groupId: string;
  groupName: string;
  meetingId: string;
  from: string;
  to: string;
}

/** Resolves true when the move was saved; false tells the calendar to put the event back. */
export function useMoveMeeting(): (request: MoveRequest) => Promise<boolean> {
  const api = useApi();
  const { t, i18n } = useTranslation('calendar');
  const { t: tApp } = useTranslation();
  return useCallback(
    async ({ groupId, groupName, meetingId, from, to }) => {
      const language = i18n.language as Language;
      try {
        await api.call('meetings.move', { groupId, meetingId, date: to });
      } catch (error) {
        notifyFailure(tApp, error);
        return false;
      }
      showUndoNotification({
        id: `meeting-moved-${meetingId}`,
        message: t('moved', { group: groupName, date: formatShortDate(to, language) }),
        undoLabel: t('undo'),
        onUndo: () => {
          api.call('meetings.move', { groupId, meetingId, date: from }).then(
            () => notifySuccess(t('movedBack', { date: formatShortDate(from, language) })),
            (error: unknown) => notifyFailure(tApp, error),
          );
        },
      });
      return true;
    },
    [api, i18n, t, tApp],
  );
}
