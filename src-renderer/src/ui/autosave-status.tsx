// An editor's own word on its edits: waiting to be sent, being saved, saved, or failing (and retrying). An editor
// that holds edits back for its own reason (e.g. an agenda item without a title) names that reason as `problem`.
import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AutosaveState } from './autosaver';

export function AutosaveStatus({ state, problem }: { state: AutosaveState; problem?: string }) {
  const { t } = useTranslation();
  const failing = state === 'failed' || problem !== undefined;
  const icon = failing ? (
    <IconAlertTriangle size={16} color="var(--mantine-color-red-text)" aria-hidden />
  ) : state === 'saved' ? (
    <IconCircleCheck size={16} color="var(--mantine-color-teal-text)" aria-hidden />
  ) : (
    <Loader size={12} aria-hidden />
  );
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-autosave={problem === undefined ? state : 'held'}>
      {icon}
      <Text size="sm" c={failing ? 'red' : 'dimmed'}>
        {problem ?? t(`autosave.${state}`)}
      </Text>
    </Group>
  );
}
