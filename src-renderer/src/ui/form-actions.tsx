// The end of a modal form: Cancel, then the submit button (spinning while a save takes long) on the right.
import { Button, Group, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from './submit-button';

interface FormActionsProps {
  submitLabel: string;
  saving: boolean;
  onCancel: () => void;
  submitDisabled?: boolean;
  mt?: MantineSpacing;
}

export function FormActions({ submitLabel, saving, onCancel, submitDisabled, mt }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {t('app.cancel')}
      </Button>
      <SubmitButton saving={saving} disabled={submitDisabled}>
        {submitLabel}
      </SubmitButton>
    </Group>
  );
}
