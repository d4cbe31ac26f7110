// After "Afslut": planned against used minutes per item, and carrying the real lengths into the group's template.
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { formatShortDate } from '../../i18n/dates';
import { notifySuccess } from '../../ui/notify';
import { QueryFallback } from '../../ui/query-state';
import { useBusyAction } from '../../ui/use-busy-action';
import { useApiQuery } from '../../use-api-query';
import type { MeetingRef } from './use-live-commands';

const NEW_TEMPLATE = 'new:';

export function PacingReport({ meeting }: { meeting: MeetingRef }) {
  const { t, i18n } = useTranslation('liveMeeting');
  const pacing = useApiQuery('live.pacing', meeting, (event) => event.type === 'groupChanged' && event.groupId === meeting.groupId);
  if (!pacing.data) return <QueryFallback query={pacing} failedTitle={t('loadFailed')} />;
  const { report } = pacing.data;
  const minutes = (value: number) => t('pacing.minutes', { minutes: value });
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Title order={3} mb="sm">
          {t('pacing.title')}
        </Title>
        <Table striped data-testid="live-pacing">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pacing.item')}</Table.Th>
              <Table.Th ta="right">{t('pacing.planned')}</Table.Th>
              <Table.Th ta="right">{t('pacing.actual')}</Table.Th>
              <Table.Th ta="right">{t('pacing.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => {
              const difference = row.actualMinutes === null ? null : row.actualMinutes - row.plannedMinutes;
              return (
                <Table.Tr key={row.item.id}>
                  <Table.Td>
                    {row.item.title}{' '}
                    {row.status === 'parked' && (
                      <Badge size="xs" color="orange" variant="light">
                        {t('pacing.parked')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{minutes(row.plannedMinutes)}</Table.Td>
                  <Table.Td ta="right">{row.actualMinutes === null ? t('pacing.notReached') : minutes(row.actualMinutes)}</Table.Td>
                  <Table.Td ta="right" c={difference !== null && difference > 0 ? 'red' : 'teal'}>
                    {difference === null ? t('pacing.notReached') : `${difference > 0 ? '+' : ''}${minutes(difference)}`}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('pacing.total')}</Table.Th>
              <Table.Th ta="right">{minutes(report.plannedMinutes)}</Table.Th>
              <Table.Th ta="right">{minutes(report.actualMinutes)}</Table.Th>
              <Table.Th ta="right">{minutes(report.actualMinutes - report.plannedMinutes)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Paper>
      <CarryDurations meeting={meeting} templates={pacing.data.templates} defaultName={t('pacing.carryDefaultName', { date: formatShortDate(pacing.data.meeting.date, i18n.language as Language) })} />
    </Stack>
  );
}

function CarryDurations({ meeting, templates, defaultName }: { meeting: MeetingRef; templates: { id: string; name: string }[]; defaultName: string }) {
  const { t } = useTranslation('liveMeeting');
  const api = useApi();
  const { busy, run } = useBusyAction();
  const [target, setTarget] = useState(NEW_TEMPLATE);
  const [name, setName] = useState(defaultName);
  const carry = () =>
    run(async () => {
      const carried = await api.call('live.carryDurations', {
        ...meeting,
        target: target === NEW_TEMPLATE ? { kind: 'new', name } : { kind: 'existing', templateId: target },
      });
      notifySuccess(t('pacing.carried', { name: carried.name }));
    });
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4}>{t('pacing.carryTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('pacing.carryHint')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('pacing.carryTarget')}
          value={target}
          onChange={(value) => setTarget(value ?? NEW_TEMPLATE)}
          allowDeselect={false}
          data={[{ value: NEW_TEMPLATE, label: t('pacing.carryNew') }, ...templates.map((template) => ({ value: template.id, label: template.name }))]}
          w={240}
        />
        {target === NEW_TEMPLATE && <TextInput label={t('pacing.carryName')} value={name} onChange={(event) => setName(event.currentTarget.value)} w={280} />}
        <Button onClick={() => void carry()} loading={busy} disabled={target === NEW_TEMPLATE && name.trim() === ''}>
          {t('pacing.carryButton')}
        </Button>
      </Group>
    </Paper>
  );
}
