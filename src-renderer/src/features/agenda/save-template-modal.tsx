// Saving the current agenda as a new template of the group, under a name the facilitator chooses.
import { Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../src-main/domain/agenda-model';
import type { Meeting } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { FormActions } from '../../ui/form-actions';
import { notifySuccess } from '../../ui/notify';
import { onFormSubmit, useSubmit } from '../../ui/use-submit';

interface SaveTemplateModalProps {
  opened: boolean;
  groupId: string;
  meetingKind: Meeting['kind'];
  items: readonly AgendaItem[];
  onClose: () => void;
}

export function SaveTemplateModal({ opened, onClose, ...rest }: SaveTemplateModalProps) {
  const { t } = useTranslation('agenda');
  return (
    <Modal opened={opened} onClose={onClose} title={t('saveTemplateTitle')}>
      {opened && <SaveTemplateForm onClose={onClose} {...rest} />}
    </Modal>
  );
}

function SaveTemplateForm({ groupId, meetingKind, items, onClose }: Omit<SaveTemplateModalProps, 'opened'>) {
  const api = useApi();
  const { t } = useTranslation('agenda');
  const [name, setName] = useState('');
  const { saving, failure, run } = useSubmit();

  const save = () =>
    void run(async () => {
      const template = await api.call('agenda.saveTemplate', {
        groupId,
        name: name.trim(),
        meetingKind,
        items: items.map(({ kind, title, durationMinutes, responsible, notes }) => ({ kind, title: title.trim(), durationMinutes, responsible, notes })),
      });
      notifySuccess(t('templateSaved', { name: template.name }));
      onClose();
    });

  return (
    <form onSubmit={onFormSubmit(save)}>
      <Stack gap="sm">
        <TextInput label={t('templateName')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={failure} required data-autofocus />
        <FormActions submitLabel={t('saveTemplate')} saving={saving} onCancel={onClose} submitDisabled={name.trim() === ''} />
      </Stack>
    </form>
  );
}
