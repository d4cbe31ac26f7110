// The menu on a group's page: rename, archive, or bring back from the archive.
import { ActionIcon, Menu } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconDots, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../../src-main/domain/model';

interface GroupActionsMenuProps {
  group: GroupSummary;
  onRename: (group: GroupSummary) => void;
  onArchive: (group: GroupSummary) => void;
  onUnarchive: (group: GroupSummary) => void;
}

export function GroupActionsMenu({ group, onRename, onArchive, onUnarchive }: GroupActionsMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label={t('groups.actions', { name: group.name })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onRename(group)}>
          {t('groups.rename')}
        </Menu.Item>
        {group.archived ? (
          <Menu.Item leftSection={<IconArchiveOff size={16} aria-hidden />} onClick={() => onUnarchive(group)}>
            {t('groups.unarchive')}
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconArchive size={16} aria-hidden />} color="orange" onClick={() => onArchive(group)}>
            {t('groups.archive')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
