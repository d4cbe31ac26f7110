// The top-level calendar: every active group's meetings in one FullCalendar, a colour legend, and the conflicts.
import { Alert, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewDateMailsModal } from '../../ui/new-date-mails-modal';
import type { CalendarEntry } from '../../../../src-main/api/operations/calendar';
import { groupColour } from './calendar-events';
import { CalendarView } from './calendar-view';
import { ConflictsPanel } from './conflicts-panel';
import { CreateMeetingModal } from './create-meeting-modal';
import { useCalendar } from './use-calendar';
import { useMoveMeeting } from './use-move-meeting';

const NO_ENTRIES: readonly CalendarEntry[] = [];

/** `onOpenGroup` shows a group's own page, as clicking a meeting does. */
export function CalendarPage({ onOpenGroup }: { onOpenGroup: (groupId: string) => void }) {
  const { t } = useTranslation('calendar');
  const overview = useCalendar();
  const { move, mails, closeMails } = useMoveMeeting(overview.data?.entries ?? NO_ENTRIES);
  const [creatingOn, setCreatingOn] = useState<string | null>(null);
  const hasGroups = (overview.data?.groups.length ?? 0) > 0;
  const createOn = useCallback(
    (date: string) => {
      if (hasGroups) setCreatingOn(date);
    },
    [hasGroups],
  );

  if (overview.error && !overview.data) return <Alert color="red">{t('loadFailed')}</Alert>;
  if (!overview.data) return <Loader aria-label={t('heading')} />;
  const { groups, conflicts } = overview.data;

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('heading')}</Title>
        <Text c="dimmed" size="sm">
          {t('intro')}
        </Text>
      </div>
      <Group gap={6} aria-label={t('legend')} role="list">
        {groups.map((group) => (
          <Badge key={group.id} role="listitem" color={groupColour(group.colourIndex)} variant="filled" tt="none" size="lg">
            {group.name}
          </Badge>
        ))}
      </Group>
      <Paper withBorder radius="md" p="md">
        <CalendarView overview={overview.data} onMove={move} onDayClick={createOn} onOpenGroup={onOpenGroup} />
      </Paper>
      <ConflictsPanel conflicts={conflicts} groups={groups} />
      <CreateMeetingModal date={creatingOn} groups={groups} onClose={() => setCreatingOn(null)} />
      <NewDateMailsModal mails={mails} onClose={closeMails} />
    </Stack>
  );
}
