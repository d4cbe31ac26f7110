// Host rotation over the years: whose turn it is (the domain's hostingQueue, the same order the year plan suggests
// hosts from) and every meeting's host, newest first.
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HostRotation, HostTurn } from '../../../../src-main/domain/host-rotation';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';
import { QueryFallback } from '../../ui/query-state';
import { TitledSection } from '../../ui/titled-section';
import { useEngagement } from './use-engagement';

export function HostsView({ groupId }: { groupId: string }) {
  const { t } = useTranslation('history');
  const engagement = useEngagement(groupId);
  if (!engagement.data) return <QueryFallback query={engagement} failedTitle={t('loadFailed')} />;
  const { hostQueue, memberNames, rotation, today } = engagement.data;
  return (
    <Stack gap="xl">
      <HostQueue queue={hostQueue} memberNames={memberNames} today={today} />
      <HostHistory rotation={rotation} />
    </Stack>
  );
}

/** Whole years between two ISO dates, counted by the calendar (a visit a year ago to the day is one year ago). */
function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

function HostQueue({ queue, memberNames, today }: { queue: readonly HostTurn[]; memberNames: Record<string, string>; today: string }) {
  const { t, i18n } = useTranslation('history');
  const language = i18n.language as Language;
  const sinceLastVisit = (date: string) => {
    const years = yearsBetween(date, today);
    return years === 0 ? t('hosts.withinAYear') : t('hosts.yearsAgo', { count: years });
  };
  return (
    <TitledSection headingId="host-queue-heading" title={t('hosts.queueHeading')}>
      <Text size="sm" c="dimmed">
        {t('hosts.queueHint')}
      </Text>
      {queue.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('hosts.emptyQueue')}
        </Text>
      ) : (
        <Table verticalSpacing={4} highlightOnHover aria-labelledby="host-queue-heading" data-testid="host-queue">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hosts.organisation')}</Table.Th>
              <Table.Th>{t('hosts.members')}</Table.Th>
              <Table.Th ta="right">{t('hosts.timesHosted')}</Table.Th>
              <Table.Th>{t('hosts.lastHosted')}</Table.Th>
              <Table.Th>{t('hosts.nextPlanned')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queue.map((turn) => (
              <Table.Tr key={turn.organisation}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {turn.organisation}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{turn.memberIds.map((id) => memberNames[id] ?? '').filter(Boolean).join(', ')}</Text>
                </Table.Td>
                <Table.Td ta="right">{turn.timesHosted}</Table.Td>
                <Table.Td>
                  {turn.lastHosted === null ? (
                    <Badge variant="light" color="orange" tt="none" fw={500}>
                      {t('hosts.never')}
                    </Badge>
                  ) : (
                    <Text size="sm">
                      {formatShortDate(turn.lastHosted, language)}{' '}
                      <Text span size="xs" c="dimmed">
                        ({sinceLastVisit(turn.lastHosted)})
                      </Text>
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{turn.nextPlanned ? formatShortDate(turn.nextPlanned, language) : '–'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </TitledSection>
  );
}

function HostHistory({ rotation }: { rotation: HostRotation }) {
  const { t, i18n } = useTranslation('history');
  const language = i18n.language as Language;
  const visits = rotation.hosted
    .flatMap((record) => record.visits.map((visit) => ({ ...visit, organisation: record.organisation, formerOnly: record.memberIds.length === 0 })))
    .sort((a, b) => b.date.localeCompare(a.date));
  return (
    <TitledSection headingId="host-history-heading" title={t('hosts.historyHeading')}>
      {visits.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('hosts.emptyHistory')}
        </Text>
      ) : (
        <Table verticalSpacing={4} highlightOnHover aria-labelledby="host-history-heading" data-testid="host-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>{t('hosts.date')}</Table.Th>
              <Table.Th>{t('hosts.host')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visits.map((visit) => (
              <Table.Tr key={visit.meetingId}>
                <Table.Td>{formatShortDate(visit.date, language)}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm">{visit.organisation}</Text>
                    {visit.upcoming && (
                      <Badge size="xs" variant="outline" tt="none" fw={500}>
                        {t('hosts.upcoming')}
                      </Badge>
                    )}
                    {visit.formerOnly && (
                      <Text size="xs" c="dimmed">
                        ({t('hosts.formerMembers')})
                      </Text>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </TitledSection>
  );
}
