// "Omdøb gruppe": the same name form, filled with the current name.
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../../src-main/domain/model';

import { GroupNameForm } from './group-name-form';

interface RenameGroupModalProps {
  group: GroupSummary | null;
  onClose: () => void;
  onRename: (groupId: string, name: string) => Promise<unknown>;
}

export function RenameGroupModal({ group, onClose, onRename }: RenameGroupModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={group !== null} onClose={onClose} title={t('groups.renameTitle')} centered>
      {group && (
        <GroupNameForm
          initialName={group.name}
          submitLabel={t('groups.save')}
          onCancel={onClose}
          onSubmit={async ({ name }) => {
            await onRename(group.id, name);
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
