// One conflict side by side: the value that applies now and the one set aside, each with who changed it and when,
// and a button to keep it.
import { Button, Code, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { SyncConflictSide, SyncConflictView } from '../../../../src-main/domain/sync-conflicts';
import { formatDateTime } from '../../i18n/dates';
import { describeValue } from './describe-value';

interface ConflictCardProps {
  conflict: SyncConflictView;
  onKeep: (conflict: SyncConflictView, side: 'kept' | 'other', fieldLabel: string) => void;
}

export function ConflictCard({ conflict, onKeep }: ConflictCardProps) {
  const { t } = useTranslation('syncConflicts');
  const field = t(`fields.${conflict.field}`, { defaultValue: conflict.field });
  const heading = t('card.heading', { collection: t(`collections.${conflict.collection}`), record: conflict.recordLabel, field });
  return (
    <Paper withBorder p="md" radius="md" data-testid="sync-conflict">
      <Stack gap="sm">
        <Text fw={600}>{heading}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {(['kept', 'other'] as const).map((side) => (
            <ConflictSideView key={side} side={conflict[side]} title={t(`card.${side}`)} field={field} onKeep={() => onKeep(conflict, side, field)} />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function ConflictSideView({ side, title, field, onKeep }: { side: SyncConflictSide; title: string; field: string; onKeep: () => void }) {
  const { t, i18n } = useTranslation('syncConflicts');
  const shown = describeValue(side.value);
  const text =
    shown.kind === 'empty' ? t('card.empty') : shown.kind === 'yesNo' ? t(shown.yes ? 'card.yes' : 'card.no') : shown.text;
  const when = side.at ? formatDateTime(side.at, i18n.language as Language) : t('card.beforeMerging');
  return (
    <Stack gap={6}>
      <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
        {title}
      </Text>
      {shown.kind === 'structured' ? (
        <Code block mah={200} style={{ overflow: 'auto' }}>
          {text}
        </Code>
      ) : (
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('card.by', { device: side.deviceName ?? t('card.anotherDevice'), when })}
      </Text>
      <Group>
        <Button size="xs" variant="light" onClick={onKeep} aria-label={t('card.keepLabel', { value: text.slice(0, 60), field })}>
          {t('card.keep')}
        </Button>
      </Group>
    </Stack>
  );
}
