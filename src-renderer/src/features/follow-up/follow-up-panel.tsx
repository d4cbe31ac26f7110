// The group overview's follow-up panel: open and overdue actions and waiting themes, at a glance.
import { SimpleGrid, Text } from '@mantine/core';
import { IconAlarm, IconBulb, IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';
import type { DashboardPanelProps } from '../../layout/dashboard-panels';
import { TitledSection } from '../../ui/titled-section';
import { FactCard } from '../../ui/fact-card';
import { useFollowUpGlance } from './use-follow-up';

export function FollowUpPanel({ groupId }: DashboardPanelProps) {
  const { t, i18n } = useTranslation('followUp');
  const glance = useFollowUpGlance(groupId);
  if (!glance.data) return null;
  const { openActions, overdueActions, themesWaiting, mostOverdue: oldest } = glance.data;
  const language = i18n.language as Language;
  return (
    <TitledSection headingId="follow-up-panel-heading" title={t('panel.title')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <FactCard label={t('panel.openActions')} value={openActions} icon={<IconChecklist size={14} aria-hidden />} />
        <FactCard label={t('panel.overdueActions')} value={<Text span inherit c={overdueActions > 0 ? 'red' : undefined}>{overdueActions}</Text>} icon={<IconAlarm size={14} aria-hidden />} />
        <FactCard label={t('panel.themesWaiting')} value={themesWaiting} icon={<IconBulb size={14} aria-hidden />} />
      </SimpleGrid>
      <Text size="sm" c={oldest ? 'red' : 'dimmed'}>
        {oldest ? t('panel.nextOverdue', { text: oldest.text, date: formatShortDate(oldest.due, language) }) : t('panel.allClear')}
      </Text>
    </TitledSection>
  );
}
