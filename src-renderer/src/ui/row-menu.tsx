// The "…" menu at the end of a table row: the row's own actions, then a red Delete set apart by a divider.
import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface RowMenuProps {
  /** Accessible name of the "…" button, naming the row ("Actions for Anna Berg"). */
  label: string;
  deleteLabel: string;
  onDelete: () => void;
  /** The row's own Menu.Items, shown above the divider. */
  children: ReactNode;
}

export function RowMenu({ label, deleteLabel, onDelete, children }: RowMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {children}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
          {deleteLabel}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
