// Moving a meeting to another day from the calendar: the new date's clashes are asked first, and a date that clashes
// is only taken when the facilitator says so; then the move is saved, with an Undo that moves it back, and the booked
// speakers are offered a mail about the new date.
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../../src-main/api/operations/calendar';
import { clashesToWeigh, speakersToTell, type MeetingClash } from '../../../../src-main/domain/calendar-conflicts';
import type { Language } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { formatShortDate } from '../../i18n/dates';
import { useConfirmMeetingMove } from '../../ui/confirm-meeting-move';
import type { NewDateMails } from '../../ui/new-date-mails-modal';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { showUndoNotification } from '../../ui/undo-notification';

export interface MoveRequest {
  groupId: string;
  groupName: string;
  meetingId: string;
  from: string;
  to: string;
}

/**
 * Resolves true when the move was saved; false tells the calendar to put the event back (a clash the facilitator
 * would not accept, or a failure). `entries` give the clash check the meeting's kind, host and joint flag.
 */
export function useMoveMeeting(entries: readonly CalendarEntry[], onMoved: (mails: NewDateMails) => void): (request: MoveRequest) => Promise<boolean> {
  const api = useApi();
  const { t, i18n } = useTranslation('calendar');
  const { t: tApp } = useTranslation();
  const confirmMove = useConfirmMeetingMove();
  // Read at drop time: the calendar keeps one drop handler while its meetings reload.
  const latest = useRef({ entries, onMoved });
  useLayoutEffect(() => {
    latest.current = { entries, onMoved };
  });
  return useCallback(
    async ({ groupId, groupName, meetingId, from, to }) => {
      const language = i18n.language as Language;
      const entry = latest.current.entries.find((candidate) => candidate.groupId === groupId && candidate.meeting.id === meetingId);
      if (entry === undefined) return false;
      const { kind, hostOrganisation, jointWithSisterGroup } = entry.meeting;
      let clashes: MeetingClash[];
      try {
        [clashes = []] = await api.call('meetings.clashes', {
          groupId,
          candidates: [{ meetingId, date: to, kind, hostOrganisation, jointWithSisterGroup }],
        });
      } catch (error) {
        notifyFailure(tApp, error);
        return false;
      }
      if (clashesToWeigh(clashes).length > 0 && !(await confirmMove(to, clashes))) return false;
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
      const speakers = speakersToTell(clashes);
      if (speakers.length > 0) latest.current.onMoved({ groupId, date: to, speakers });
      return true;
    },
    [api, confirmMove, i18n, t, tApp],
  );
}
