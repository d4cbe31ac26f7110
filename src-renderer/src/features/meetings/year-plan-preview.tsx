// The planned meetings before saving: date (changeable), time, and holiday, weekend, moved, other-group and
// already-there flags.
import { Badge, Group, Table, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { MeetingClash } from '../../../../src-main/domain/calendar-conflicts';
import type { Language } from '../../../../src-main/domain/model';
import type { PlanDuplicate } from '../../../../src-main/domain/re-plan';
import type { PlannedMeeting } from '../../../../src-main/domain/year-plan';
import { formatShortDate } from '../../i18n/dates';
import { describeClash } from '../../ui/meeting-clash-list';

interface YearPlanPreviewProps {
  planned: readonly PlannedMeeting[];
  /** Per planned meeting, what else happens that day (the preview flags holidays itself). */
  clashes?: readonly (readonly MeetingClash[])[] | undefined;
  /** The group's existing meetings that planned meetings would duplicate (by planned index). */
  duplicates?: readonly PlanDuplicate[];
  onMove: (index: number, date: string) => void;
}

export function YearPlanPreview({ planned, clashes, duplicates = [], onMove }: YearPlanPreviewProps) {
  const { t, i18n } = useTranslation('meetings');
  const { t: clashT } = useTranslation('meetingClashes');
  const language = i18n.language as Language;
  const duplicateDate = new Map(duplicates.map((duplicate) => [duplicate.plannedIndex, formatShortDate(duplicate.meetingDate, language)]));
  return (
    <Table aria-label={t('plan.preview')} verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('plan.columns.date')}</Table.Th>
          <Table.Th>{t('plan.columns.time')}</Table.Th>
          <Table.Th>{t('plan.columns.flags')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {planned.map((meeting, index) => (
          <Table.Tr key={`${index}-${meeting.date}`}>
            <Table.Td w={250}>
              <DatePickerInput
                aria-label={t('plan.changeDate', { number: index + 1 })}
                value={meeting.date}
                onChange={(value) => value && onMove(index, value)}
                valueFormat="ddd D. MMMM YYYY"
                firstDayOfWeek={1}
                size="xs"
              />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(meeting.kind === 'overnight' ? 'timeNextDay' : 'time', { start: meeting.startTime, end: meeting.endTime })}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {meeting.holiday && (
                  <Badge color={meeting.holiday.customary ? 'yellow' : 'red'} variant="light">
                    {t('plan.holiday', { name: meeting.holiday.name[language] })}
                  </Badge>
                )}
                {duplicateDate.has(index) && (
                  <Badge color="yellow" variant="light" tt="none">
                    {t('plan.duplicateOf', { date: duplicateDate.get(index) })}
                  </Badge>
                )}
                {meeting.weekend && <Badge color="orange" variant="light">{t('plan.weekend')}</Badge>}
                {meeting.movedFrom && <Badge color="gray" variant="light">{t('plan.movedFrom', { date: formatShortDate(meeting.movedFrom, language) })}</Badge>}
                {clashes?.[index]?.map((clash, clashIndex) =>
                  clash.kind === 'otherGroup' ? (
                    <Badge key={`${clash.groupId}-${clash.meetingId}`} color="red" variant="light" tt="none">
                      {t('plan.otherGroup', { group: clash.groupName })}
                    </Badge>
                  ) : clash.kind === 'holiday' ? null : (
                    // The holiday has its own badge above; any other clash (the host's other meeting, once a host is
                    // chosen) in the words the meeting form uses.
                    <Badge key={`${clash.kind}-${clashIndex}`} color="red" variant="light" tt="none">
                      {describeClash(clashT, clash, language)}
                    </Badge>
                  ),
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
