// How the agenda fits the meeting: the total, and a warning when it runs past the meeting's end.
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../src-main/domain/agenda-model';
import type { Schedule } from '../../../../src-main/domain/agenda-timing';
import { durationText } from './duration-text';

export function ScheduleSummary({ schedule }: { schedule: Schedule<AgendaItem> }) {
  const { t } = useTranslation('agenda');
  const last = schedule.items.at(-1);
  const total = t('total', { duration: durationText(t, schedule.totalMinutes), meeting: durationText(t, schedule.meetingMinutes) });
  if (schedule.overrun) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
        <Text size="sm" fw={600}>
          {t('overrun', { duration: durationText(t, schedule.overrun.minutes), end: schedule.meetingEnd.time })}
        </Text>
        <Text size="sm">{total}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="teal" variant="light" icon={<IconClockCheck size={18} aria-hidden />} role="note">
      <Text size="sm">
        {last ? `${t('fits', { end: last.end.time })} ` : ''}
        {total}
      </Text>
    </Alert>
  );
}
