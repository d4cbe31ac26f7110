// The calendar's coming conflicts in words: days with two meetings, and meetings on a Danish holiday. Past ones are
// left out (nothing can be done about them), and a long list is cut short: the calendar marks every conflict anyway.
import { Alert, List, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalendarGroup } from '../../../../src-main/api/operations/calendar';
import type { CalendarConflict } from '../../../../src-main/domain/calendar-conflicts';
import type { Language } from '../../../../src-main/domain/model';
import { localIsoDate } from '../../../../src-main/domain/summaries';
import { formatLongDate } from '../../i18n/dates';

/** More coming conflicts than this are counted, not listed. */
export const CONFLICTS_LISTED = 10;

/** The conflicts on `today` or later, soonest first. */
export function comingConflicts(conflicts: readonly CalendarConflict[], today: string): CalendarConflict[] {
  return conflicts.filter((conflict) => conflict.date >= today).sort((a, b) => a.date.localeCompare(b.date));
}

export function ConflictsPanel({ conflicts, groups }: { conflicts: readonly CalendarConflict[]; groups: readonly CalendarGroup[] }) {
  const { t, i18n } = useTranslation('calendar');
  const language = i18n.language as Language;
  const coming = comingConflicts(conflicts, localIsoDate(new Date()));
  const listed = coming.slice(0, CONFLICTS_LISTED);
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
      {coming.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('conflicts.none')}
        </Text>
      ) : (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          <List size="sm" spacing={4}>
            {listed.map((conflict) => (
              <List.Item key={`${conflict.kind}-${conflict.date}-${conflict.kind === 'holiday' ? conflict.meeting.meetingId : ''}`}>{describe(conflict)}</List.Item>
            ))}
          </List>
          {coming.length > listed.length && (
            <Text size="sm" mt="xs">
              {t('conflicts.more', { count: coming.length - listed.length })}
            </Text>
          )}
        </Alert>
      )}
    </Paper>
  );
}
