// The header's quiet promise that the work is on disk, and a clear word when it is not (yet).
import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../../../src-main/domain/views';
import { usePendingEdits } from '../../ui/pending-edits';
import { describeSaveState, type SaveTone } from './describe-save-state';
import { useLiveSaveState } from './use-app-status';

const TONE_COLOR: Record<SaveTone, string> = { calm: 'dimmed', busy: 'dimmed', warning: 'orange', error: 'red' };

export function SaveStateIndicator({ answered }: { answered: SaveState | undefined }) {
  const { t } = useTranslation();
  const state = useLiveSaveState(answered);
  // An editor's autosave may still hold edits it has not sent; until it has, the work is not saved.
  const pendingEdits = usePendingEdits();
  if (!state) return null;
  const shown: SaveState = pendingEdits && state.kind === 'saved' ? { kind: 'saving' } : state;
  const { label, tone } = describeSaveState(t, shown);
  const icon =
    // Not a spinner: one animating in the header cost seconds of main-thread time per autosave with a long agenda open
    // on a busy 2-core machine (long tasks about four times those with a still icon).
    tone === 'busy' ? (
      <IconDeviceFloppy size={16} aria-hidden color="var(--mantine-color-dimmed)" />
    ) : tone === 'calm' ? (
      <IconCircleCheck size={16} aria-hidden color="var(--mantine-color-teal-text)" />
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
