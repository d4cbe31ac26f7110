// The form behind "create group" and "rename group": checks the name before calling, shows the API's field errors.
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { fieldErrors, translateError, translateIssue } from '../../i18n/translate-error';
import { LabelledSegmentedControl } from '../../ui/labelled-segmented-control';
import { groupNameIssue } from './group-name-rules';

export interface GroupNameValues {
  name: string;
  language: Language;
}

interface GroupNameFormProps {
  initialName?: string;
  /** Offer the group's language only when creating; renaming keeps it. */
  initialLanguage?: Language;
  submitLabel: string;
  onSubmit: (values: GroupNameValues) => Promise<unknown>;
  onCancel: () => void;
}

export function GroupNameForm({ initialName = '', initialLanguage, submitLabel, onSubmit, onCancel }: GroupNameFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [language, setLanguage] = useState<Language>(initialLanguage ?? 'da');
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issue = groupNameIssue(name);
    setNameError(issue ? translateIssue(t, { path: 'name', code: issue }) : null);
    setFormError(null);
    if (issue) return;
    setBusy(true);
    try {
      await onSubmit({ name, language });
    } catch (error) {
      const byField = fieldErrors(t, error);
      if (byField.name) setNameError(byField.name);
      else setFormError(translateError(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('groups.nameLabel')}
          placeholder={t('groups.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
          data-autofocus
          required
        />
        {initialLanguage && (
          <LabelledSegmentedControl
            labelId="group-language-label"
            label={t('groups.languageLabel')}
            description={t('groups.languageDescription')}
            value={language}
            onChange={(value) => setLanguage(value === 'en' ? 'en' : 'da')}
            data={[
              { value: 'da', label: t('language.da') },
              { value: 'en', label: t('language.en') },
            ]}
          />
        )}
        {formError && (
          <Alert color="red" variant="light">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
