// A success notice with an Undo button, for destructive edits that the facilitator may want to take back at once.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

export interface UndoNotificationOptions {
  id: string;
  message: string;
  undoLabel: string;
  onUndo: () => void;
}

function UndoMessage({ message, undoLabel, onUndo }: Omit<UndoNotificationOptions, 'id'>) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm" style={{ flex: 1 }}>
        {message}
      </Text>
      <Button size="compact-sm" variant="light" onClick={onUndo} style={{ flexShrink: 0 }}>
        {undoLabel}
      </Button>
    </Group>
  );
}

export function showUndoNotification({ id, message, undoLabel, onUndo }: UndoNotificationOptions): void {
  const undo = () => {
    notifications.hide(id);
    onUndo();
  };
  notifications.show({ id, color: 'teal', autoClose: 10_000, message: <UndoMessage message={message} undoLabel={undoLabel} onUndo={undo} /> });
}
