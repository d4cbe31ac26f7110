// The profile's fields, a preview of how mails will end, and Save. Used in the first-run card and in Settings.
import { Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyFacilitatorProfile, signatureOf, type FacilitatorProfile } from '../../../../src-main/domain/facilitator-profile';
import { useApi } from '../../api-context';
import { fieldErrors } from '../../i18n/translate-error';
import { FormFailure } from '../../ui/form-failure';
import { notifySuccess } from '../../ui/notify';
import { SubmitButton } from '../../ui/submit-button';
import { onFormSubmit, useSubmit } from '../../ui/use-submit';
import { announceProfileSaved } from './use-profile';

const LINE_FIELDS = ['name', 'title', 'organisation', 'phone', 'email'] as const;

interface ProfileFormProps {
  initial: FacilitatorProfile | null;
  /** Two columns where there is room (the first-run card), one in the Settings drawer. */
  columns: 1 | 2;
  autoFocus?: boolean;
  onSaved?: () => void;
  /** Extra buttons beside Save (the first-run card's Skip). */
  extraActions?: ReactNode;
}

export function ProfileForm({ initial, columns, autoFocus = false, onSaved, extraActions }: ProfileFormProps) {
  const api = useApi();
  const { t } = useTranslation('profile');
  const { t: tCommon } = useTranslation();
  const [draft, setDraft] = useState<FacilitatorProfile>(initial ?? emptyFacilitatorProfile());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { saving, failure, run } = useSubmit();
  const signature = signatureOf({ ...draft, name: draft.name.trim(), signature: draft.signature.trim() });

  const save = () =>
    run(async () => {
      setErrors({});
      try {
        await api.call('profile.save', draft);
      } catch (error) {
        setErrors(fieldErrors(tCommon, error));
        throw error;
      }
      announceProfileSaved();
      notifySuccess(t('saved'));
      onSaved?.();
    });

  const set = (field: keyof FacilitatorProfile, value: string) => setDraft((current) => ({ ...current, [field]: value }));

  return (
    <form onSubmit={onFormSubmit(() => void save())} noValidate aria-label={t('sectionTitle')}>
      <Stack gap="sm">
        <SimpleGrid cols={columns} spacing="sm" verticalSpacing="xs">
          {LINE_FIELDS.map((field, index) => (
            <TextInput
              key={field}
              label={t(field)}
              {...(field === 'name' ? { placeholder: t('namePlaceholder') } : {})}
              {...(field === 'title' ? { placeholder: t('titlePlaceholder') } : {})}
              {...(field === 'email' ? { description: t('emailDescription'), type: 'email' } : {})}
              {...(field === 'phone' ? { type: 'tel' } : {})}
              autoComplete={{ name: 'name', title: 'organization-title', organisation: 'organization', phone: 'tel', email: 'email' }[field]}
              maxLength={120}
              value={draft[field]}
              error={errors[field]}
              data-autofocus={autoFocus && index === 0 ? true : undefined}
              autoFocus={autoFocus && index === 0}
              onChange={(event) => set(field, event.currentTarget.value)}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label={t('signature')}
          description={t('signatureDescription')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={1000}
          value={draft.signature}
          error={errors.signature}
          onChange={(event) => set('signature', event.currentTarget.value)}
        />
        <Paper withBorder p="sm" radius="sm" aria-label={t('preview')} component="figure" m={0}>
          <Text size="xs" fw={600} mb={4} component="figcaption">
            {t('preview')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {signature === '' ? t('previewEmpty') : `${t('greeting')}\n${signature}`}
          </Text>
        </Paper>
        <FormFailure failure={failure} />
        <Group gap="sm">
          <SubmitButton saving={saving}>
            {t('save')}
          </SubmitButton>
          {extraActions}
        </Group>
      </Stack>
    </form>
  );
}
