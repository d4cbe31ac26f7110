// The next meetings of the group, or a plain statement that none are planned yet.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../src-main/domain/model';
import { MeetingItem } from './meeting-item';

export function UpcomingMeetings({ meetings }: { meetings: Meeting[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="upcoming-heading">
      <Title order={3} id="upcoming-heading" size="h4">
        {t('dashboard.upcoming')}
      </Title>
      {meetings.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Stack gap={4} align="flex-start">
            <IconCalendarOff size={22} stroke={1.5} aria-hidden color="var(--mantine-color-dimmed)" />
            <Text fw={600}>{t('dashboard.noMeetings')}</Text>
            <Text size="sm" c="dimmed">
              {t('dashboard.noMeetingsHint')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0}>
          {meetings.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
