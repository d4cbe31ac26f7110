// The quiet bordered box shown where a list has nothing yet: a dimmed icon, the message, and an optional hint.
import { Paper, Stack, Text, type MantineSize } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';

interface EmptyStateProps {
  icon: TablerIcon;
  message: string;
  /** What to do about it; when given, the message reads as a bold heading above it. */
  hint?: string;
  maw?: number | MantineSize;
}

export function EmptyState({ icon: Icon, message, hint, maw }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="lg" maw={maw}>
      <Stack gap={4} align="flex-start">
        <Icon size={22} stroke={1.5} aria-hidden color="var(--mantine-color-dimmed)" />
        {hint === undefined ? (
          <Text>{message}</Text>
        ) : (
          <>
            <Text fw={600}>{message}</Text>
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
