// The group in numbers: members, speakers in the directory, next meeting, language.
import { SimpleGrid } from '@mantine/core';
import { IconCalendarEvent, IconLanguage, IconMicrophone, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { Dashboard } from '../../../../src-main/domain/views';
import { formatShortDate } from '../../i18n/dates';
import { FactCard } from '../../ui/fact-card';

export function GroupFacts({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const next = dashboard.upcomingMeetings[0];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" aria-label={t('dashboard.facts')}>
      <FactCard label={t('dashboard.members')} value={dashboard.memberCount} icon={<IconUsers size={14} aria-hidden />} />
      <FactCard label={t('dashboard.speakers')} value={dashboard.speakerCount} icon={<IconMicrophone size={14} aria-hidden />} />
      <FactCard
        label={t('dashboard.nextMeeting')}
        value={next ? formatShortDate(next.date, language) : t('dashboard.noNextMeeting')}
        icon={<IconCalendarEvent size={14} aria-hidden />}
      />
      <FactCard
        label={t('dashboard.groupLanguage')}
        value={t(`language.${dashboard.group.language}`)}
        icon={<IconLanguage size={14} aria-hidden />}
      />
    </SimpleGrid>
  );
}
