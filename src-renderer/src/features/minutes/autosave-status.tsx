// The editor's own word on its edits: waiting to be sent, being saved, saved, or failing (and retrying).
import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AutosaveState } from '../../ui/autosaver';

export function AutosaveStatus({ state }: { state: AutosaveState }) {
  const { t } = useTranslation('minutes');
  const icon =
    state === 'saved' ? (
      <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
    ) : state === 'failed' ? (
      <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden />
    ) : (
      <Loader size={12} aria-hidden />
    );
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-autosave={state}>
      {icon}
      <Text size="sm" c={state === 'failed' ? 'red.8' : 'dimmed'}>
        {t(`autosave.${state}`)}
      </Text>
    </Group>
  );
}
