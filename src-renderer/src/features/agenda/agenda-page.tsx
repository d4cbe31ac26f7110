// The group's "Agenda" tab: choose a meeting (the next one first) and draft its agenda.
import { Alert, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaMeetingChoice } from '../../../../src-main/api/operations/agenda';
import type { Language } from '../../../../src-main/domain/model';
import { formatLongDate } from '../../i18n/dates';
import type { GroupSectionProps } from '../../layout/group-sections';
import { AgendaEditor } from './agenda-editor';
import { useAgenda, useMeetingChoices } from './use-agenda';

/** The first meeting from today on, or the latest one when all are past. */
function defaultMeeting(meetings: readonly AgendaMeetingChoice[], today: string): AgendaMeetingChoice | undefined {
  return meetings.find((meeting) => meeting.date >= today) ?? meetings.at(-1);
}

export function AgendaPage({ group }: GroupSectionProps) {
  const { t, i18n } = useTranslation('agenda');
  const language = i18n.language as Language;
  const choices = useMeetingChoices(group.id);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const meetings = choices.data?.meetings ?? [];
  const meetingId = meetings.some((meeting) => meeting.id === chosenId) ? chosenId : (defaultMeeting(meetings, choices.data?.today ?? '')?.id ?? null);
  const agenda = useAgenda(group.id, meetingId);
  // The editor's first drawing is a thousand components (a select, a number field and a tooltip per item): drawn as a
  // deferred value, React draws it in slices between which a click or a key gets through, instead of one task of
  // 60–100 ms on the twenty-year group; the Loader stays until it is ready. The deferred value only says when: the
  // editor is always given the query's own data, because a deferred value can still be an older answer (another
  // meeting's, or this meeting's from before its last edits), and the editor takes its items once, when it mounts.
  const deferredAgenda = useDeferredValue(agenda.data);
  const agendaData = deferredAgenda === undefined ? undefined : agenda.data;

  if (choices.error && !choices.data) return <Alert color="red">{t('loadFailed')}</Alert>;
  if (!choices.data) return <Loader aria-label={t('heading')} />;

  const meeting = agendaData?.meeting;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('heading')}</Title>
        {meetings.length > 0 && (
          <Select
            label={t('meeting')}
            w={320}
            data={meetings.map((candidate) => ({ value: candidate.id, label: formatLongDate(candidate.date, language) + (candidate.theme ? ` · ${candidate.theme}` : '') }))}
            value={meetingId}
            onChange={setChosenId}
            allowDeselect={false}
          />
        )}
      </Group>
      {meetings.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed" ta="center">
            {t('noMeetings')}
          </Text>
        </Paper>
      ) : agenda.error && !agendaData ? (
        <Alert color="red">{t('loadFailed')}</Alert>
      ) : !agendaData || !meeting || meeting.id !== meetingId ? (
        <Loader />
      ) : (
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <div>
              <Text fw={700} size="lg">
                {formatLongDate(meeting.date, language)}
              </Text>
              <Text c="dimmed" size="sm">
                {t(meeting.kind === 'overnight' ? 'meetingTimesNextDay' : 'meetingTimes', { kind: t(`kindOfMeeting.${meeting.kind}`), start: meeting.startTime, end: meeting.endTime })}
                {meeting.hostOrganisation ? ` · ${meeting.hostOrganisation}` : ''}
              </Text>
            </div>
            <AgendaEditor key={meeting.id} groupId={group.id} data={agendaData} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
