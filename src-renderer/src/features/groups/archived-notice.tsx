// The notice shown after archiving a group, with the undo button right where the eye already is.
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ArchivedNotice({ groupName, onUndo }: { groupName: string; onUndo: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm" style={{ flex: 1 }}>
        {t('groups.archived', { name: groupName })}
      </Text>
      <Button size="compact-sm" variant="light" onClick={onUndo} style={{ flexShrink: 0 }}>
        {t('groups.undo')}
      </Button>
    </Group>
  );
}
