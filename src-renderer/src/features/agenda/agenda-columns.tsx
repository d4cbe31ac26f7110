// Column titles above the agenda items, whose own inputs carry only accessible names to keep each row compact.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function AgendaColumns() {
  const { t } = useTranslation('agenda');
  const title = (text: string, width?: number) => (
    <Text size="xs" fw={600} c="dimmed" tt="uppercase" w={width} style={width ? { flexShrink: 0 } : { flex: 1 }}>
      {text}
    </Text>
  );
  return (
    <Group gap="xs" wrap="nowrap" px="sm" aria-hidden>
      <div style={{ width: 18, flexShrink: 0 }} />
      {title(t('item.time'), 96)}
      {title(t('item.kind'), 128)}
      {title(t('item.title'))}
      {title(t('item.minutes'), 72)}
      {title(t('item.responsible'), 160)}
      <div style={{ width: 112, flexShrink: 0 }} />
    </Group>
  );
}
