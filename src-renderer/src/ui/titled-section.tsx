// A page section named by its own h4 heading, so screen readers list it as a landmark with that name.
import { Stack, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface TitledSectionProps {
  /** Id of the heading; unique on the page. */
  headingId: string;
  title: ReactNode;
  gap?: MantineSpacing;
  children: ReactNode;
}

export function TitledSection({ headingId, title, gap = 'sm', children }: TitledSectionProps) {
  return (
    <Stack gap={gap} component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
