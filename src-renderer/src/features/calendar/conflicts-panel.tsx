// The calendar's conflicts in words: days with two meetings, and meetings on a Danish holiday.
import { Alert, List, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalendarGroup } from '../../../../src-main/api/operations/calendar';
import type { CalendarConflict } from '../../../../src-main/domain/calendar-conflicts';
import type { Language } from '../../../../src-main/domain/model';
import { formatLongDate } from '../../i18n/dates';

export function ConflictsPanel({ conflicts, groups }: { conflicts: readonly CalendarConflict[]; groups: readonly CalendarGroup[] }) {
  const { t, i18n } = useTranslation('calendar');
  const language = i18n.language as Language;
  const nameOf = (groupId: string) => groups.find((group) => group.id === groupId)?.name ?? '';
  const describe = (conflict: CalendarConflict) => {
    const date = formatLongDate(conflict.date, language);
    if (conflict.kind === 'holiday') return t('conflicts.holiday', { date, group: nameOf(conflict.meeting.groupId), holiday: conflict.holiday.name[language] });
    const names = [...new Set(conflict.meetings.map((ref) => nameOf(ref.groupId)))];
    return t('conflicts.sameDay', { date, groups: names.join(', ') });
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="calendar-conflicts-heading">
      <Title order={3} size="h4" id="calendar-conflicts-heading" mb="sm">
        {t('conflicts.heading')}
      </Title>
      {conflicts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('conflicts.none')}
        </Text>
      ) : (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          <List size="sm" spacing={4}>
            {conflicts.map((conflict) => (
              <List.Item key={`${conflict.kind}-${conflict.date}-${conflict.kind === 'holiday' ? conflict.meeting.meetingId : ''}`}>{describe(conflict)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Paper>
  );
}
