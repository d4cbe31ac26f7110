// The header's quiet note that someone else has the workspaces folder open ("Mette har også mappen åben siden 10:02"),
// with everyone listed on hover. It only informs: nobody is locked out, changes from both sides are merged.
import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconDevices } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { DevicePresence } from '../../../../src-main/domain/presence';
import { formatDateTime, formatTime } from '../../i18n/dates';
import { useOtherDevices } from './use-other-devices';

export function PresenceIndicator() {
  const others = useOtherDevices();
  const { t, i18n } = useTranslation('presence');
  const [first] = others;
  if (!first) return null;
  const language = i18n.language as Language;
  const since = (device: DevicePresence) =>
    dayjs(device.since).isSame(dayjs(), 'day') ? formatTime(device.since) : formatDateTime(device.since, language);
  const label =
    others.length === 1 ? t('one', { name: first.name, since: since(first) }) : t('many', { name: first.name, count: others.length - 1 });
  return (
    <Tooltip
      multiline
      w={300}
      label={
        <Stack gap={4}>
          {others.map((device) => (
            <Text key={device.deviceId} size="sm">
              {t('entry', { name: device.name, since: since(device) })}
            </Text>
          ))}
          <Text size="xs">{t('explanation')}</Text>
        </Stack>
      }
    >
      <Group gap={6} wrap="nowrap" data-testid="presence-indicator" tabIndex={0} aria-label={label} style={{ minWidth: 0 }}>
        <IconDevices size={16} aria-hidden color="var(--mantine-color-cyan-7)" />
        <Text size="sm" c="dimmed" truncate="end" maw={280}>
          {label}
        </Text>
      </Group>
    </Tooltip>
  );
}
