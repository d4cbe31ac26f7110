// The "Mødetilstand" tab: opens the meeting that is running, else today's; with no meeting today it says so and
// offers the next one. Another meeting can be chosen from the list.
import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveMeetingChoice, LiveOverview } from '../../../../src-main/api/operations/live';
import type { Language } from '../../../../src-main/domain/model';
import type { AppEvent } from '../../../../src-main/domain/views';
import { formatShortDate } from '../../i18n/dates';
import type { GroupSectionProps } from '../../layout/group-sections';
import { EmptyState } from '../../ui/empty-state';
import { QueryFallback } from '../../ui/query-state';
import { useApiQuery } from '../../use-api-query';
import { LiveMeetingScreen } from './live-meeting-screen';

/**
 * The meeting live mode opens by itself: today's running one, else today's first, else one still running from an
 * earlier day (an overnight meeting's second day, or one never finished), which the list lets the facilitator leave.
 */
export function meetingToOpen(overview: LiveOverview): string | null {
  const today = new Set(overview.todays.map((meeting) => meeting.id));
  const runningToday = overview.running.find((meeting) => today.has(meeting.id));
  return (runningToday ?? overview.todays[0] ?? overview.running[0])?.id ?? null;
}

export function LiveMeetingPage({ group }: GroupSectionProps) {
  const { t, i18n } = useTranslation('liveMeeting');
  const ofThisGroup = (event: AppEvent) => event.type === 'groupChanged' && event.groupId === group.id;
  const overview = useApiQuery('live.overview', { groupId: group.id }, ofThisGroup);
  const [chosen, setChosen] = useState<string | null>(null);
  if (!overview.data) return <QueryFallback query={overview} failedTitle={t('loadFailed')} />;
  const language = i18n.language as Language;
  const meetingId = chosen ?? meetingToOpen(overview.data);
  const { next } = overview.data;

  if (!meetingId) {
    return (
      <Stack gap="md" maw={720}>
        <EmptyState
          icon={IconCalendarOff}
          message={t('noMeetingToday')}
          hint={next ? `${t('noMeetingTodayHint')} ${t('nextMeetingOffer', { date: formatShortDate(next.date, language) })}` : t('noMeetingsAtAll')}
        />
        {next && (
          <Button autoFocus onClick={() => setChosen(next.id)} style={{ alignSelf: 'flex-start' }} data-testid="live-open-next">
            {t('openMeeting', { date: formatShortDate(next.date, language) })}
          </Button>
        )}
      </Stack>
    );
  }

  const choices = uniqueChoices([...overview.data.running, ...overview.data.todays, ...(next ? [next] : [])]);
  return (
    <Stack gap="lg" maw={1280}>
      {choices.length > 1 && (
        <Select
          label={t('chooseMeeting')}
          w={380}
          value={meetingId}
          onChange={setChosen}
          allowDeselect={false}
          data={choices.map((choice) => {
            const date = formatShortDate(choice.date, language);
            return { value: choice.id, label: choice.theme ? t('meetingOption', { date, theme: choice.theme }) : t('meetingOptionNoTheme', { date }) };
          })}
          renderOption={({ option }) => {
            const choice = choices.find((candidate) => candidate.id === option.value);
            return (
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">{option.label}</Text>
                {choice?.started && (
                  <Badge size="xs" variant="light" color={choice.finished ? 'gray' : 'blue'}>
                    {choice.finished ? t('finishedBadge') : t('runningBadge')}
                  </Badge>
                )}
              </Group>
            );
          }}
        />
      )}
      <LiveMeetingScreen key={meetingId} groupId={group.id} meetingId={meetingId} />
    </Stack>
  );
}

function uniqueChoices(choices: readonly LiveMeetingChoice[]): LiveMeetingChoice[] {
  const seen = new Set<string>();
  return choices.filter((choice) => !seen.has(choice.id) && Boolean(seen.add(choice.id)));
}

