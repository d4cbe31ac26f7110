// The "are you sure?" modal before anything is deleted, with the confirm button in red.
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';

interface ConfirmDeletionOptions {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
}

export function confirmDeletion({ title, body, confirmLabel, cancelLabel, onConfirm }: ConfirmDeletionOptions): void {
  modals.openConfirmModal({
    title,
    children: body,
    labels: { confirm: confirmLabel, cancel: cancelLabel },
    confirmProps: { color: 'red' },
    onConfirm,
  });
}
