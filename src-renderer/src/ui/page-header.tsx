// The top of a group tab: its title with a dimmed line under it on the left, the tab's buttons on the right.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  subtitle: string;
  /** The tab's actions (buttons, view switch), right-aligned. */
  children: ReactNode;
}

export function PageHeader({ title, subtitle, children }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end">
      <Stack gap={2}>
        <Title order={2}>{title}</Title>
        <Text size="sm" c="dimmed">
          {subtitle}
        </Text>
      </Stack>
      <Group gap="sm">{children}</Group>
    </Group>
  );
}
