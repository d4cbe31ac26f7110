// The question before a meeting moves onto a date that clashes: move anyway, or keep it where it was. Cancel, the
// close button and Escape all keep it, so the calendar can put a dragged meeting back.
import { Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingClash } from '../../../src-main/domain/calendar-conflicts';
import type { Language } from '../../../src-main/domain/model';
import { ClashList, longDateInSentence, SpeakersToTellNote } from './meeting-clash-list';

/** Resolves true when the facilitator chose to move the meeting anyway. */
export function useConfirmMeetingMove(): (date: string, clashes: readonly MeetingClash[]) => Promise<boolean> {
  const { t, i18n } = useTranslation('meetingClashes');
  return useCallback(
    (date, clashes) =>
      new Promise<boolean>((resolve) => {
        let answered = false;
        const answer = (move: boolean) => {
          if (answered) return;
          answered = true;
          resolve(move);
        };
        modals.openConfirmModal({
          title: t('confirm.title', { date: longDateInSentence(date, i18n.language as Language) }),
          children: (
            <Stack gap="xs">
              <Text size="sm">{t('confirm.intro')}</Text>
              <ClashList clashes={clashes} />
              <SpeakersToTellNote clashes={clashes} />
            </Stack>
          ),
          labels: { confirm: t('confirm.move'), cancel: t('confirm.cancel') },
          confirmProps: { color: 'orange' },
          // The safe answer has the focus: Enter keeps the meeting where it was.
          cancelProps: { 'data-autofocus': true },
          onConfirm: () => answer(true),
          onClose: () => answer(false),
        });
      }),
    [i18n, t],
  );
}
