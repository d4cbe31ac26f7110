// The next meetings of the group, or a plain statement that none are planned yet.
import { Stack } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../src-main/domain/model';
import { EmptyState } from '../../ui/empty-state';
import { TitledSection } from '../../ui/titled-section';
import { MeetingItem } from './meeting-item';

export function UpcomingMeetings({ meetings }: { meetings: Meeting[] }) {
  const { t } = useTranslation();
  return (
    <TitledSection headingId="upcoming-heading" title={t('dashboard.upcoming')}>
      {meetings.length === 0 ? (
        <EmptyState icon={IconCalendarOff} message={t('dashboard.noMeetings')} hint={t('dashboard.noMeetingsHint')} />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0}>
          {meetings.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} />
          ))}
        </Stack>
      )}
    </TitledSection>
  );
}
