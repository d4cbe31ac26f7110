// "Opret gruppe": a modal with the group's name and language.
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { GroupNameForm, type GroupNameValues } from './group-name-form';

interface CreateGroupModalProps {
  opened: boolean;
  defaultLanguage: Language;
  onClose: () => void;
  onCreate: (values: GroupNameValues) => Promise<unknown>;
}

export function CreateGroupModal({ opened, defaultLanguage, onClose, onCreate }: CreateGroupModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('groups.createTitle')} centered>
      <GroupNameForm
        initialLanguage={defaultLanguage}
        submitLabel={t('groups.create')}
        onCancel={onClose}
        onSubmit={async (values) => {
          await onCreate(values);
          onClose();
        }}
      />
    </Modal>
  );
}
