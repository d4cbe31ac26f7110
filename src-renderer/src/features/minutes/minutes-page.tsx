// The "Referater" tab: choose a meeting, then take its minutes. The most recent meeting that has begun is offered first.
import { Alert, Badge, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { MinutesMeetingSummary } from '../../../../src-main/api/operations/minutes';
import { formatShortDate } from '../../i18n/dates';
import { translateError } from '../../i18n/translate-error';
import type { GroupSectionProps } from '../../layout/group-sections';
import { EmptyState } from '../../ui/empty-state';
import { QueryFallback } from '../../ui/query-state';
import { groupParts, useApiQuery } from '../../use-api-query';
import { useNavigationIntent } from '../../ui/navigation';
import { MinutesEditor } from './minutes-editor';

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The meeting the facilitator most likely wants: the latest one that has started, else the first one planned. */
export function suggestedMeeting(meetings: readonly MinutesMeetingSummary[], today: string): string | null {
  const started = meetings.filter((meeting) => meeting.date <= today);
  return (started[started.length - 1] ?? meetings[0])?.id ?? null;
}

export function MinutesPage({ group }: GroupSectionProps) {
  const { t, i18n } = useTranslation('minutes');
  const { t: tApp } = useTranslation();
  const language = i18n.language as Language;
  const meetings = useApiQuery('minutes.meetings', { groupId: group.id }, groupParts(group.id, 'meetings'));
  const [chosen, setChosen] = useState<string | null>(null);
  useNavigationIntent(group.id, ['openMinutes'], (intent) => setChosen(intent.meetingId));
  const list = meetings.data ?? [];
  const meetingId = chosen ?? suggestedMeeting(list, todayIso());

  if (meetings.loading) return <Loader aria-label={tApp('app.loading')} m="xl" />;
  if (meetings.error && !meetings.data) return <Alert color="red" title={t('loadFailed')}>{translateError(tApp, meetings.error)}</Alert>;
  if (list.length === 0) {
    return <EmptyState icon={IconCalendarOff} message={t('noMeetings')} hint={t('noMeetingsHint')} maw={720} />;
  }
  return (
    <Stack gap="lg" maw={1080}>
      <Group align="flex-end" gap="md">
        <Select
          label={t('chooseMeeting')}
          placeholder={t('chooseMeetingPlaceholder')}
          w={380}
          value={meetingId}
          onChange={setChosen}
          allowDeselect={false}
          data={list.map((meeting) => {
            const date = formatShortDate(meeting.date, language);
            return { value: meeting.id, label: meeting.theme ? t('meetingOption', { date, theme: meeting.theme }) : t('meetingOptionNoTheme', { date }) };
          })}
          renderOption={({ option }) => (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm">{option.label}</Text>
              {list.find((meeting) => meeting.id === option.value)?.hasMinutes && (
                <Badge size="xs" variant="light">
                  {t('hasMinutes')}
                </Badge>
              )}
            </Group>
          )}
        />
        <Text size="sm" c="dimmed" mb={8} style={{ flex: 1 }}>
          {t('pickMeetingHint')}
        </Text>
      </Group>
      {meetingId && <MeetingMinutes key={meetingId} groupId={group.id} meetingId={meetingId} />}
    </Stack>
  );
}

function MeetingMinutes({ groupId, meetingId }: { groupId: string; meetingId: string }) {
  const { t } = useTranslation('minutes');
  // Everything minutes.get reads: the group's language, its meetings, members, actions and waiting themes.
  const editor = useApiQuery('minutes.get', { groupId, meetingId }, groupParts(groupId, 'group', 'meetings', 'members', 'actions', 'themes'));
  if (!editor.data) return <QueryFallback query={editor} failedTitle={t('loadFailed')} />;
  return <MinutesEditor groupId={groupId} data={editor.data} />;
}

