// Per-group settings for the pipeline: when to chase an unanswered request, the signature, and the mail templates.
import { Group, Modal, NumberInput, Stack, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_PLACEHOLDERS, MAIL_TEMPLATE_KINDS, type GroupPeopleSettings, type MailTemplateSet } from '../../../../src-main/domain/speaker-model';
import type { Language } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { FormActions } from '../../ui/form-actions';
import { FormFailure } from '../../ui/form-failure';
import { notifySuccess } from '../../ui/notify';
import { onFormSubmit, useSubmit } from '../../ui/use-submit';
import { useApiQuery } from '../../use-api-query';

interface PeopleSettingsModalProps {
  opened: boolean;
  groupId: string;
  groupLanguage: Language;
  onClose: () => void;
}

export function PeopleSettingsModal({ opened, groupId, groupLanguage, onClose }: PeopleSettingsModalProps) {
  const { t } = useTranslation('invitations');
  const { data: settings } = useApiQuery('invitations.settings', opened ? { groupId } : null, (event) => event.type === 'groupChanged' && event.groupId === groupId);
  return (
    <Modal opened={opened} onClose={onClose} title={t('settingsForm.title')} size="xl">
      {opened && settings && <SettingsForm groupId={groupId} groupLanguage={groupLanguage} settings={settings} onClose={onClose} />}
    </Modal>
  );
}

function SettingsForm({ groupId, groupLanguage, settings, onClose }: Omit<PeopleSettingsModalProps, 'opened'> & { settings: GroupPeopleSettings }) {
  const api = useApi();
  const { t } = useTranslation('invitations');
  const [days, setDays] = useState<number>(settings.followUpAfterDays);
  const [facilitatorName, setFacilitatorName] = useState(settings.facilitatorName);
  const [templates, setTemplates] = useState<MailTemplateSet>(settings.mailTemplates[groupLanguage]);
  const { saving, failure, run } = useSubmit();
  const placeholders = MAIL_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');

  const save = () =>
    void run(async () => {
      await api.call('invitations.saveSettings', { groupId, followUpAfterDays: days, facilitatorName, templates });
      notifySuccess(t('settingsForm.saved'));
      onClose();
    });

  return (
    <form onSubmit={onFormSubmit(save)}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <NumberInput
            label={t('settingsForm.followUpAfterDays')}
            suffix={` ${t('settingsForm.days')}`}
            min={1}
            max={365}
            clampBehavior="strict"
            allowDecimal={false}
            value={days}
            onChange={(value) => setDays(typeof value === 'number' ? value : Number.parseInt(value, 10) || 1)}
          />
          <TextInput label={t('settingsForm.facilitatorName')} value={facilitatorName} onChange={(event) => setFacilitatorName(event.currentTarget.value)} />
        </Group>
        <Text size="sm" fw={600} mt="xs">
          {t('settingsForm.templatesIn', { language: t(`settingsForm.languages.${groupLanguage}`) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('settingsForm.placeholders', { list: placeholders })}
        </Text>
        <Tabs defaultValue="ask" keepMounted={false}>
          <Tabs.List>
            {MAIL_TEMPLATE_KINDS.map((kind) => (
              <Tabs.Tab key={kind} value={kind}>
                {t(`mail.kinds.${kind}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {MAIL_TEMPLATE_KINDS.map((kind) => (
            <Tabs.Panel key={kind} value={kind} pt="sm">
              <Stack gap="xs">
                <TextInput
                  label={t('settingsForm.subject')}
                  value={templates[kind].subject}
                  onChange={(event) => {
                    const subject = event.currentTarget.value;
                    setTemplates((current) => ({ ...current, [kind]: { ...current[kind], subject } }));
                  }}
                />
                <Textarea
                  label={t('settingsForm.body')}
                  value={templates[kind].body}
                  onChange={(event) => {
                    const body = event.currentTarget.value;
                    setTemplates((current) => ({ ...current, [kind]: { ...current[kind], body } }));
                  }}
                  autosize
                  minRows={8}
                  maxRows={16}
                />
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
        <FormFailure failure={failure} />
        <FormActions submitLabel={t('settingsForm.save')} saving={saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}
