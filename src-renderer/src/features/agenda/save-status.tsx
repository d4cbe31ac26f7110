// Tells the facilitator whether the agenda's latest edits are on disk yet.
import { Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgendaSaveStatus } from './use-agenda-autosave';

export function SaveStatus({ status }: { status: AgendaSaveStatus }) {
  const { t } = useTranslation('agenda');
  const problem = status === 'failed' || status === 'invalid';
  return (
    <Group gap={6} role="status" aria-live="polite">
      {status === 'saving' || status === 'pending' ? (
        <Loader size={12} />
      ) : problem ? (
        <IconAlertCircle size={16} color="var(--mantine-color-red-6)" aria-hidden />
      ) : (
        <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
      )}
      <Text size="sm" c={problem ? 'red' : 'dimmed'}>
        {t(`saveState.${status}`)}
      </Text>
    </Group>
  );
}
