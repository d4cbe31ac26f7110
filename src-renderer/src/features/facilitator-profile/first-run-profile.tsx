// The first-run step: a friendly card, not a blocking dialog, asking who is writing. Shown until the profile is saved
// or skipped (a skip saves an empty profile, so the question is not asked again; Settings can still fill it in).
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyFacilitatorProfile } from '../../../../src-main/domain/facilitator-profile';
import { useApi } from '../../api-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { ProfileForm } from './profile-form';
import { announceProfileSaved, useProfile } from './use-profile';

export function FirstRunProfile() {
  const api = useApi();
  const { t } = useTranslation('profile');
  const { t: tCommon } = useTranslation();
  const profile = useProfile();
  const [filling, setFilling] = useState(false);
  const [skipping, setSkipping] = useState(false);

  if (profile.data === undefined || profile.data.profile !== null) return null;

  const skip = async () => {
    setSkipping(true);
    try {
      await api.call('profile.save', emptyFacilitatorProfile());
      announceProfileSaved();
      notifySuccess(t('skipped'));
    } catch (error) {
      notifyFailure(tCommon, error);
    } finally {
      setSkipping(false);
    }
  };
  const skipButton = (
    <Button variant="subtle" loading={skipping} onClick={() => void skip()}>
      {t('skip')}
    </Button>
  );

  return (
    <Paper withBorder radius="md" p="lg" mb="lg" component="section" aria-labelledby="first-run-profile-title" maw={880}>
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={36} radius="xl" variant="light" aria-hidden>
            <IconSignature size={20} stroke={1.6} />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} size="h4" id="first-run-profile-title">
              {t('firstRunTitle')}
            </Title>
            <Text size="sm">{t('firstRunBody')}</Text>
          </Stack>
        </Group>
        {filling ? (
          <ProfileForm initial={null} columns={2} autoFocus extraActions={skipButton} />
        ) : (
          <Group gap="sm">
            <Button onClick={() => setFilling(true)}>{t('fillIn')}</Button>
            {skipButton}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
