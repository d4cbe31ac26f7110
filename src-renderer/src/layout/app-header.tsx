// The header: app name, the open group, who else has the folder open, the save state, Ctrl+K, language and settings.
import { ActionIcon, Group, Kbd, Text, ThemeIcon, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconChevronRight, IconSearch, IconSettings, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AppHeaderProps {
  currentGroupName: string | null;
  presenceIndicator?: ReactNode;
  saveIndicator: ReactNode;
  languageSwitch: ReactNode;
  onOpenSettings: () => void;
  /** The search page's button (features/search). */
  searchButton?: ReactNode;
}

export function AppHeader({ currentGroupName, presenceIndicator, saveIndicator, languageSwitch, onOpenSettings, searchButton }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="lg" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <ThemeIcon size={32} radius="md" variant="gradient" gradient={{ from: 'teal.6', to: 'cyan.6', deg: 135 }} aria-hidden>
          <IconUsersGroup size={18} stroke={1.8} />
        </ThemeIcon>
        <Text fw={700} size="lg" component="h1" m={0}>
          {t('app.name')}
        </Text>
        {currentGroupName && (
          <>
            <IconChevronRight size={16} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text fw={500} c="dimmed" truncate="end">
              <VisuallyHidden>{t('header.currentGroupLabel')}</VisuallyHidden>
              {currentGroupName}
            </Text>
          </>
        )}
      </Group>
      <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
        {presenceIndicator}
        {saveIndicator}
        <Tooltip label={t('header.openCommands')}>
          {/* Named by what it shows (the shortcut) after what it does, so a voice command saying "Ctrl K" finds it. */}
          <UnstyledButton
            onClick={() => spotlight.open()}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              padding: '4px 10px',
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-md)',
              color: 'var(--mantine-color-dimmed)',
            }}
          >
            <IconSearch size={16} aria-hidden />
            <VisuallyHidden>{t('header.openCommandsName')}</VisuallyHidden>
            <Kbd size="xs">Ctrl + K</Kbd>
          </UnstyledButton>
        </Tooltip>
        {searchButton}
        {languageSwitch}
        <Tooltip label={t('header.openSettings')}>
          <ActionIcon variant="default" size="lg" radius="md" aria-label={t('header.openSettings')} onClick={onOpenSettings}>
            <IconSettings size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
