// One upcoming meeting: Danish date, time, kind, host, theme and what is special about it.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, Meeting } from '../../../../src-main/domain/model';
import { formatLongDate } from '../../i18n/dates';

export function MeetingItem({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const date = formatLongDate(meeting.date, i18n.language as Language);
  return (
    <Paper withBorder radius="md" p="md" component="li" aria-label={date} style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text fw={600}>
            {date}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`dashboard.kind.${meeting.kind}`)} · {t(meeting.kind === 'overnight' ? 'dashboard.timeOvernight' : 'dashboard.time', { start: meeting.startTime, end: meeting.endTime })}
          </Text>
          {meeting.theme && <Text size="sm">{t('dashboard.theme', { theme: meeting.theme })}</Text>}
          {meeting.hostOrganisation && <Text size="sm">{t('dashboard.host', { host: meeting.hostOrganisation })}</Text>}
        </Stack>
        <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
          {t(`dashboard.status.${meeting.status}`)}
        </Badge>
      </Group>
      {(meeting.siteTour || meeting.dinner || meeting.jointWithSisterGroup) && (
        <Group gap={6} mt="sm">
          {meeting.siteTour && <Badge variant="outline" color="teal">{t('dashboard.siteTour')}</Badge>}
          {meeting.dinner && <Badge variant="outline" color="grape">{t('dashboard.dinner')}</Badge>}
          {meeting.jointWithSisterGroup && <Badge variant="outline" color="blue">{t('dashboard.joint')}</Badge>}
        </Group>
      )}
    </Paper>
  );
}
