// One workspace problem as an alert: what happened, where the file is, and what the facilitator can do now.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { WorkspaceProblem } from '../../../../src-main/domain/views';
import { formatDateTime } from '../../i18n/dates';
import { describeProblem } from './describe-problem';

interface ProblemAlertProps {
  problem: WorkspaceProblem;
  onRestore: (problem: WorkspaceProblem) => Promise<void>;
  onDismiss: (problem: WorkspaceProblem) => Promise<void>;
}

export function ProblemAlert({ problem, onRestore, onDismiss }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [busy, setBusy] = useState<'restore' | 'dismiss' | null>(null);

  const run = async (action: 'restore' | 'dismiss') => {
    setBusy(action);
    try {
      await (action === 'restore' ? onRestore(problem) : onDismiss(problem));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Alert
      color={problem.kind === 'newerVersion' ? 'blue' : 'orange'}
      variant="light"
      radius="md"
      title={t('problems.title')}
      icon={<IconFileAlert size={20} aria-hidden />}
      role="alert"
    >
      <Stack gap="sm">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {describeProblem(t, problem)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('problems.detectedAt', { date: formatDateTime(problem.detectedAt, language) })}
          {!problem.newestBackup && problem.kind === 'corrupt' ? ` · ${t('problems.noBackup')}` : ''}
        </Text>
        <Group gap="sm">
          {problem.newestBackup && (
            <Button size="xs" loading={busy === 'restore'} disabled={busy !== null} onClick={() => void run('restore')}>
              {t('problems.restoreNewest', { date: formatDateTime(problem.newestBackup.createdAt, language) })}
            </Button>
          )}
          <Button size="xs" variant="default" loading={busy === 'dismiss'} disabled={busy !== null} onClick={() => void run('dismiss')}>
            {t('problems.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
