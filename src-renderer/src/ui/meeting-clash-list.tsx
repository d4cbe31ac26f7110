// What a meeting's chosen date clashes with, in words: the warning beside the meeting form's date and the list in the
// calendar's "move anyway?" question. The clashes come from meetings.clashes (domain clashesFor).
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { clashesToWeigh, speakersToTell, type MeetingClash } from '../../../src-main/domain/calendar-conflicts';
import type { Language } from '../../../src-main/domain/model';
import { formatLongDate, formatShortDate } from '../i18n/dates';

type ClashT = TFunction<'meetingClashes'>;

/** A long date inside a sentence: a Danish weekday is written in lower case there ("flyttet til onsdag 23. december"). */
export function longDateInSentence(isoDate: string, language: Language): string {
  const date = formatLongDate(isoDate, language);
  return language === 'da' ? date.charAt(0).toLocaleLowerCase('da') + date.slice(1) : date;
}

/** One clash as a sentence in the UI language. */
export function describeClash(t: ClashT, clash: MeetingClash, language: Language): string {
  switch (clash.kind) {
    case 'otherGroup':
      return t('clash.otherGroup', { group: clash.groupName, date: formatShortDate(clash.date, language) });
    case 'holiday':
      return t('clash.holiday', { date: formatShortDate(clash.date, language), holiday: clash.holiday.name[language] });
    case 'hostBusy':
      return t('clash.hostBusy', { host: clash.hostOrganisation, group: clash.groupName, date: formatShortDate(clash.date, language) });
    case 'speakerBusy':
      return t('clash.speakerBusy', { speaker: clash.speakerName, group: clash.groupName, date: formatShortDate(clash.date, language) });
    case 'talkGiven':
      return t('clash.talkGiven', { speaker: clash.speakerName });
    case 'bookedSpeaker':
      return clash.speakerName;
  }
}

const keyOf = (clash: MeetingClash, index: number) => `${clash.kind}-${'date' in clash ? clash.date : ''}-${index}`;

/** The clashes to weigh as a list (no heading): the body of the calendar's question. */
export function ClashList({ clashes }: { clashes: readonly MeetingClash[] }) {
  const { t, i18n } = useTranslation('meetingClashes');
  return (
    <List size="sm" spacing={4}>
      {clashesToWeigh(clashes).map((clash, index) => (
        <List.Item key={keyOf(clash, index)}>{describeClash(t, clash, i18n.language as Language)}</List.Item>
      ))}
    </List>
  );
}

/** The speakers who will be offered the new-date mail, in one sentence; nothing when there are none. */
export function SpeakersToTellNote({ clashes }: { clashes: readonly MeetingClash[] }) {
  const { t } = useTranslation('meetingClashes');
  const speakers = speakersToTell(clashes);
  if (speakers.length === 0) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('speakersToTell', { count: speakers.length, names: speakers.map((speaker) => speaker.speakerName).join(', ') })}
    </Text>
  );
}

/**
 * The warning beside a date being chosen. A live region is always there, so a screen reader hears a clash appear
 * while the date changes; it is empty when the date is free.
 */
export function MeetingClashWarning({ clashes }: { clashes: readonly MeetingClash[] | undefined }) {
  const { t } = useTranslation('meetingClashes');
  const weighed = clashesToWeigh(clashes ?? []);
  return (
    <div aria-live="polite" data-testid="meeting-clash-warning">
      {weighed.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('headingCount', { count: weighed.length })} p="xs">
          <ClashList clashes={weighed} />
        </Alert>
      )}
      {clashes && <SpeakersToTellNote clashes={clashes} />}
    </div>
  );
}
