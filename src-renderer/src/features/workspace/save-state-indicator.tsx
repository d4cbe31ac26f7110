// The header's quiet promise that the work is on disk, and a clear word when it is not (yet).
import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../../../src-main/domain/views';
import { usePendingEdits } from '../../ui/pending-edits';
import { describeSaveState, type SaveTone } from './describe-save-state';

const TONE_COLOR: Record<SaveTone, string> = { calm: 'dimmed', busy: 'dimmed', warning: 'orange.8', error: 'red.8' };

export function SaveStateIndicator({ state }: { state: SaveState | undefined }) {
  const { t } = useTranslation();
  // An editor's autosave may still hold edits it has not sent; until it has, the work is not saved.
  const pendingEdits = usePendingEdits();
  if (!state) return null;
  const shown: SaveState = pendingEdits && state.kind === 'saved' ? { kind: 'saving' } : state;
  const { label, tone } = describeSaveState(t, shown);
  const icon =
    tone === 'busy' ? (
      <Loader size={12} aria-hidden />
    ) : tone === 'calm' ? (
      <IconCircleCheck size={16} aria-hidden color="var(--mantine-color-teal-6)" />
    ) : tone === 'warning' ? (
      <IconRefresh size={16} aria-hidden />
    ) : (
      <IconAlertTriangle size={16} aria-hidden />
    );
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-save-state={shown.kind}>
      {icon}
      <Text size="sm" c={TONE_COLOR[tone]} style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
    </Group>
  );
}
