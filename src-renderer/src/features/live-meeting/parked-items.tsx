// Items set aside with P, each with a button to take it up again (the item on now then counts as done).
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveView } from '../../../../src-main/api/operations/live';

export const ParkedItems = memo(function ParkedItems({ view, onTakeUp }: { view: LiveView; onTakeUp: (agendaItemId: string) => void }) {
  const { t } = useTranslation('liveMeeting');
  const parked = (view.live?.items ?? []).filter((record) => record.status === 'parked');
  if (parked.length === 0) return null;
  const titleOf = new Map(view.agenda.map((item) => [item.id, item.title]));
  return (
    <Paper withBorder radius="md" p="md" data-testid="live-parked">
      <Title order={5} mb="xs">
        {t('parkedTitle')}
      </Title>
      <Stack gap={6}>
        {parked.map((record) => (
          <Group key={record.agendaItemId} justify="space-between">
            <Text size="sm">{titleOf.get(record.agendaItemId)}</Text>
            <Button size="xs" variant="light" onClick={() => onTakeUp(record.agendaItemId)}>
              {t('takeUp')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
});
