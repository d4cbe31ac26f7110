// Settings: where the workspace files live, and choosing another folder where the host can show a folder dialog;
// the name other devices on the same folder see.
import { Button, Code, Drawer, Stack, Text } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../src-main/domain/views';
import { useApi } from '../../api-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { AllBackupsSection } from './all-backups-section';

interface SettingsDrawerProps {
  opened: boolean;
  onClose: () => void;
  status: AppStatus;
  onStatusChanged: (status: AppStatus) => void;
  /** The language switch, owned by the language feature. */
  languageControl: ReactNode;
  /** The name other devices see, owned by the presence feature. */
  deviceNameControl?: ReactNode;
  /** The group open now, whose backups are shown first. */
  currentGroupId?: string | null;
  /** Who signs the mails and documents, owned by the facilitator-profile feature. */
  profileControl?: ReactNode;
  /** Light, dark or the system's scheme, owned by the appearance feature. */
  appearanceControl?: ReactNode;
}

export function SettingsDrawer({ opened, onClose, status, onStatusChanged, languageControl, deviceNameControl, currentGroupId = null, appearanceControl, profileControl }: SettingsDrawerProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);

  const pickFolder = async () => {
    setPicking(true);
    try {
      const next = await api.call('workspace.pickFolder', {});
      if (next.workspacesFolder !== status.workspacesFolder) notifySuccess(t('settings.folderChanged', { folder: next.workspacesFolder }));
      onStatusChanged(next);
    } catch (error) {
      notifyFailure(t, error);
    } finally {
      setPicking(false);
    }
  };

  return (
    <Drawer opened={opened} onClose={onClose} title={t('settings.title')} position="right" padding="lg">
      <Stack gap="xl">
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('language.label')}
          </Text>
          {languageControl}
        </Stack>
        {appearanceControl}
        <Stack gap={6}>
          <Text fw={600} size="sm" id="folder-label">
            {t('settings.folderLabel')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('settings.folderDescription')}
          </Text>
          <Code block aria-labelledby="folder-label" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {status.workspacesFolder}
          </Code>
          {status.canPickFolder ? (
            <Button variant="default" leftSection={<IconFolder size={16} aria-hidden />} loading={picking} onClick={() => void pickFolder()} w="fit-content">
              {t('settings.pickFolder')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {t('settings.folderFixed')}
            </Text>
          )}
        </Stack>
        {deviceNameControl}
        <AllBackupsSection currentGroupId={currentGroupId} />
        {profileControl}
      </Stack>
    </Drawer>
  );
}
