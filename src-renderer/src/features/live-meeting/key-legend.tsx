// Which key does what, shown under the clock so the facilitator never has to remember them.
import { Group, Kbd, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

const ITEM_KEYS = [
  ['N', 'next'],
  ['+', 'extend'],
  ['P', 'park'],
  ['U', 'undo'],
  ['B', 'decision'],
  ['H', 'action'],
  ['T', 'theme'],
] as const;

const ROUND_KEYS = [
  ['↓', 'speaker'],
  ['S', 'passed'],
  ['F', 'absent'],
  ['↑', 'back'],
] as const;

export const KeyLegend = memo(function KeyLegend({ round }: { round: boolean }) {
  const { t } = useTranslation('liveMeeting');
  const keys = round ? [...ITEM_KEYS, ...ROUND_KEYS] : ITEM_KEYS;
  return (
    <Group gap="md" aria-label={t('keysTitle')} data-testid="live-keys">
      {keys.map(([key, step]) => (
        <Group key={step} gap={4} wrap="nowrap">
          <Kbd>{key}</Kbd>
          <Text size="xs" c="dimmed">
            {t(`keys.${step}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
});
