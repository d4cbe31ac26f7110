// Moving a meeting to another day from the calendar: the new date's clashes are asked first, and a date that clashes
// is only taken when the facilitator says so; then the move is saved, with an Undo that moves it back, and the booked
// speakers are offered a mail about the new date, an offer the Undo withdraws.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
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

export interface MeetingMover {
  /**
   * Resolves true when the move was saved; false tells the calendar to put the event back (a clash the facilitator
   * would not accept, or a failure).
   */
  move: (request: MoveRequest) => Promise<boolean>;
  /** The "ny dato" mails offered after the last move with booked speakers, until closed or the move is undone. */
  mails: NewDateMails | null;
  closeMails: () => void;
}

/** `entries` give the clash check the meeting's kind, host and joint flag. */
export function useMoveMeeting(entries: readonly CalendarEntry[]): MeetingMover {
  const api = useApi();
  const { t, i18n } = useTranslation('calendar');
  const { t: tApp } = useTranslation();
  const confirmMove = useConfirmMeetingMove();
  const [mails, setMails] = useState<NewDateMails | null>(null);
  const closeMails = useCallback(() => setMails(null), []);
  // Read at drop time: the calendar keeps one drop handler while its meetings reload.
  const latest = useRef(entries);
  useLayoutEffect(() => {
    latest.current = entries;
  });
  const move = useCallback(
    async ({ groupId, groupName, meetingId, from, to }: MoveRequest): Promise<boolean> => {
      const language = i18n.language as Language;
      const entry = latest.current.find((candidate) => candidate.groupId === groupId && candidate.meeting.id === meetingId);
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
      const speakers = speakersToTell(clashes);
      const offered: NewDateMails | null = speakers.length > 0 ? { groupId, date: to, speakers } : null;
      showUndoNotification({
        id: `meeting-moved-${meetingId}`,
        message: t('moved', { group: groupName, date: formatShortDate(to, language) }),
        undoLabel: t('undo'),
        onUndo: () => {
          api.call('meetings.move', { groupId, meetingId, date: from }).then(
            () => {
              // Back on its old date the meeting has no new date to tell of; a later move's offer stays.
              setMails((shown) => (shown === offered ? null : shown));
              notifySuccess(t('movedBack', { date: formatShortDate(from, language) }));
            },
            (error: unknown) => notifyFailure(tApp, error),
          );
        },
      });
      if (offered) setMails(offered);
      return true;
    },
    [api, confirmMove, i18n, t, tApp],
  );
  return { move, mails, closeMails };
}
