// The group's "Meetings" tab: the meetings table, creating and editing, planning the year, and host rotation.
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconCalendarPlus, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSectionProps } from '../../layout/group-sections';
import { draftOf, newMeetingDraft, type MeetingDraft } from './meeting-draft';
import { MeetingFormModal } from './meeting-form-modal';
import { MeetingsTable } from './meetings-table';
import { HostRotationPanel } from './host-rotation-panel';
import { useMeetingActions } from './use-meeting-actions';
import { useMeetings } from './use-meetings';
import { YearPlanModal } from './year-plan-modal';
import { useNavigationIntent } from '../../ui/navigation';

export function MeetingsPage({ group }: GroupSectionProps) {
  const { t } = useTranslation('meetings');
  const overview = useMeetings(group.id);
  const actions = useMeetingActions(group.id);
  const [editing, setEditing] = useState<{ draft: MeetingDraft; meetingId: string | null } | null>(null);
  const [planning, setPlanning] = useState(false);
  // A meeting chosen in the command palette opens once the list is there.
  const [requestedMeetingId, setRequestedMeetingId] = useState<string | null>(null);
  useNavigationIntent(group.id, ['newMeeting', 'planYear', 'openMeeting'], (intent) => {
    if (intent.kind === 'newMeeting') setEditing({ draft: newMeetingDraft(null), meetingId: null });
    else if (intent.kind === 'planYear') setPlanning(true);
    else setRequestedMeetingId(intent.meetingId);
  });
  const requestedMeeting = overview.data?.meetings.find((meeting) => meeting.id === requestedMeetingId);
  const formInitial = useMemo(
    () => editing ?? (requestedMeeting ? { draft: draftOf(requestedMeeting), meetingId: requestedMeeting.id } : null),
    [editing, requestedMeeting],
  );
  const closeForm = () => {
    setEditing(null);
    setRequestedMeetingId(null);
  };

  if (overview.error && !overview.data) return <Alert color="red">{t('loadFailed')}</Alert>;
  if (!overview.data) return <Loader aria-label={t('heading')} />;
  const { meetings, rotation, hostOptions, hostQueue, today } = overview.data;
  const year = Number(today.slice(0, 4));
  const exportYear = meetings.some((meeting) => meeting.date.startsWith(`${year + 1}-`)) && !meetings.some((meeting) => meeting.date.startsWith(`${year}-`)) ? year + 1 : year;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2}>{t('heading')}</Title>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconCalendarDown size={16} aria-hidden />} onClick={() => void actions.exportIcs({ year: exportYear })} disabled={meetings.length === 0}>
            {t('exportYear', { year: exportYear })}
          </Button>
          <Button variant="light" leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setPlanning(true)}>
            {t('planYear')}
          </Button>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ draft: newMeetingDraft(null), meetingId: null })}>
            {t('newMeeting')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder radius="md" p={meetings.length === 0 ? 'xl' : 'xs'}>
        {meetings.length === 0 ? (
          <Text c="dimmed" ta="center">
            {t('empty')}
          </Text>
        ) : (
          <MeetingsTable
            meetings={meetings}
            today={today}
            onEdit={(meeting) => setEditing({ draft: draftOf(meeting), meetingId: meeting.id })}
            onDelete={actions.confirmDelete}
            onExport={(meeting) => void actions.exportIcs({ meetingId: meeting.id })}
            groupId={group.id}
          />
        )}
      </Paper>
      <HostRotationPanel rotation={rotation} hasMembers={hostOptions.length > 0} />
      <MeetingFormModal groupId={group.id} initial={formInitial} hostOptions={hostOptions} onClose={closeForm} onSave={(fields, meetingId) => actions.save(fields, meetingId)} />
      <YearPlanModal opened={planning} groupId={group.id} today={today} meetings={meetings} hostQueue={hostQueue} onClose={() => setPlanning(false)} />
    </Stack>
  );
}
