// Attendance over the years: the group's rate per year, then each member's for a chosen year (or all years), each as a
// chart to look at and a table to read. The counting rules are the domain's (attendance-history.ts).
import { Badge, Box, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { lazy, Suspense, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceTally, GroupAttendanceYear, MemberAttendance } from '../../../../src-main/domain/attendance-history';
import type { EngagementView } from '../../../../src-main/api/operations/history';
import { EmptyState } from '../../ui/empty-state';
import { QueryFallback } from '../../ui/query-state';
import { TitledSection } from '../../ui/titled-section';
import type { AttendanceChart as AttendanceChartType } from './attendance-chart';
import { chartHeight } from './chart-height';
import { useEngagement } from './use-engagement';

const ALL_YEARS = 'all';

// The charting library is most of this tab's code: loaded on its own, so the register and the tables never wait for it.
const LazyAttendanceChart = lazy(() => import('./attendance-chart').then((module) => ({ default: module.AttendanceChart })));

/** The chart once its code is there; until then an empty box of its height, so the table below does not jump. */
function AttendanceChart(props: ComponentProps<typeof AttendanceChartType>) {
  return (
    <Suspense fallback={<Box h={chartHeight(props.layout, props.bars.length)} />}>
      <LazyAttendanceChart {...props} />
    </Suspense>
  );
}

/** Whole per cent for the chart and the table; null stays null (nothing counted). */
function percentOf(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100);
}

export function AttendanceView({ groupId }: { groupId: string }) {
  const { t } = useTranslation('history');
  const engagement = useEngagement(groupId);
  if (!engagement.data) return <QueryFallback query={engagement} failedTitle={t('loadFailed')} />;
  const view = engagement.data;
  if (view.years.length === 0) return <EmptyState icon={IconUserCheck} message={t('attendance.empty')} hint={t('attendance.emptyHint')} maw={720} />;
  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed">
        {t('attendance.rule')}
      </Text>
      <GroupAttendance years={view.years} />
      <MembersAttendance view={view} />
    </Stack>
  );
}

function GroupAttendance({ years }: { years: readonly GroupAttendanceYear[] }) {
  const { t, i18n } = useTranslation('history');
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <TitledSection headingId="group-attendance-heading" title={t('attendance.groupHeading')}>
      <AttendanceChart
        testId="group-attendance-chart"
        layout="columns"
        bars={years.map((year) => ({ label: String(year.year), rate: percentOf(year.rate) ?? 0 }))}
        name={(summary) => t('attendance.groupChartName', { summary })}
      />
      <Table verticalSpacing={4} aria-labelledby="group-attendance-heading" data-testid="group-attendance-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('attendance.year')}</Table.Th>
            <Table.Th ta="right">{t('attendance.meetingsHeld')}</Table.Th>
            <Table.Th ta="right">{t('attendance.averagePresent')}</Table.Th>
            <Table.Th ta="right">{t('attendance.excused')}</Table.Th>
            <Table.Th ta="right">{t('attendance.absent')}</Table.Th>
            <Table.Th ta="right">{t('attendance.rate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...years].reverse().map((year) => (
            <Table.Tr key={year.year}>
              <Table.Td>{year.year}</Table.Td>
              <Table.Td ta="right">{year.meetingsHeld}</Table.Td>
              <Table.Td ta="right">{decimal.format(year.averagePresent)}</Table.Td>
              <Table.Td ta="right">{year.excused}</Table.Td>
              <Table.Td ta="right">{year.absent}</Table.Td>
              <Table.Td ta="right">
                <Rate rate={year.rate} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TitledSection>
  );
}

function Rate({ rate }: { rate: number | null }) {
  const { t } = useTranslation('history');
  const value = percentOf(rate);
  return <>{value === null ? t('attendance.noRate') : t('attendance.percent', { value })}</>;
}

interface MemberRow {
  member: MemberAttendance;
  tally: AttendanceTally;
  longestRun: number;
}

/** The members' figures for one year (only those who could attend that year) or for all years. */
function memberRows(members: readonly MemberAttendance[], year: string): MemberRow[] {
  if (year === ALL_YEARS) return members.map((member) => ({ member, tally: member.total, longestRun: member.longestAbsenceRun }));
  return members.flatMap((member) => {
    const tally = member.years.find((entry) => String(entry.year) === year);
    return tally ? [{ member, tally, longestRun: tally.longestAbsenceRun }] : [];
  });
}

function MembersAttendance({ view }: { view: EngagementView }) {
  const { t } = useTranslation('history');
  const latest = String(view.years.at(-1)?.year ?? ALL_YEARS);
  const [year, setYear] = useState<string>(latest);
  const rows = memberRows(view.members, year);
  const yearName = year === ALL_YEARS ? t('attendance.allYears') : year;
  return (
    <TitledSection headingId="member-attendance-heading" title={t('attendance.memberHeading')}>
      <Group>
        <Select
          label={t('attendance.chooseYear')}
          w={160}
          allowDeselect={false}
          value={year}
          onChange={(value) => setYear(value ?? latest)}
          data={[...view.years.map((entry) => String(entry.year)).reverse(), ALL_YEARS].map((value) => ({
            value,
            label: value === ALL_YEARS ? t('attendance.allYears') : value,
          }))}
        />
      </Group>
      <AttendanceChart
        testId="member-attendance-chart"
        layout="rows"
        bars={rows.map((row) => ({ label: row.member.name, rate: percentOf(row.tally.rate) ?? 0 }))}
        name={(summary) => t('attendance.memberChartName', { year: yearName, summary })}
      />
      <Table verticalSpacing={4} highlightOnHover aria-labelledby="member-attendance-heading" data-testid="member-attendance-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('attendance.member')}</Table.Th>
            <Table.Th ta="right">{t('attendance.meetings')}</Table.Th>
            <Table.Th ta="right">{t('attendance.present')}</Table.Th>
            <Table.Th ta="right">{t('attendance.excused')}</Table.Th>
            <Table.Th ta="right">{t('attendance.absent')}</Table.Th>
            <Table.Th ta="right">{t('attendance.rate')}</Table.Th>
            <Table.Th ta="right">{t('attendance.longestRun')}</Table.Th>
            <Table.Th ta="right">{t('attendance.currentRun')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ member, tally, longestRun }) => (
            <Table.Tr key={member.memberId}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{member.name}</Text>
                  {!member.currentMember && (
                    <Badge size="xs" variant="default" tt="none" fw={500}>
                      {t('attendance.former')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right">{tally.meetings}</Table.Td>
              <Table.Td ta="right">{tally.present}</Table.Td>
              <Table.Td ta="right">{tally.excused}</Table.Td>
              <Table.Td ta="right">{tally.absent}</Table.Td>
              <Table.Td ta="right">
                <Rate rate={tally.rate} />
              </Table.Td>
              <Table.Td ta="right">{longestRun}</Table.Td>
              <Table.Td ta="right">
                {member.currentAbsenceRun >= 2 ? (
                  <Badge color="orange" variant="light">
                    {member.currentAbsenceRun}
                  </Badge>
                ) : (
                  member.currentAbsenceRun
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TitledSection>
  );
}
