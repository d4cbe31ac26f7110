// One number or fact about the group, in a quiet card.
import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function FactCard({ label, value, icon }: { label: string; value: ReactNode; icon: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        {icon}
        {label}
      </Text>
      <Text size="xl" fw={600} mt={6}>
        {value}
      </Text>
    </Paper>
  );
}
