// The profile in the Settings drawer: who signs the mails and documents on this computer.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProfileForm } from './profile-form';
import { useProfile } from './use-profile';

export function ProfileSettingsSection() {
  const { t } = useTranslation('profile');
  const profile = useProfile();
  return (
    <Stack gap={6} component="section" aria-labelledby="profile-settings-title">
      <Text fw={600} size="sm" id="profile-settings-title">
        {t('sectionTitle')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('sectionDescription')}
      </Text>
      {profile.data !== undefined && (
        // Keyed by the saved profile, so a save made in the first-run card shows here without a stale draft.
        <ProfileForm key={JSON.stringify(profile.data.profile)} initial={profile.data.profile} columns={1} />
      )}
    </Stack>
  );
}
