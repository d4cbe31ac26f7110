// The group overview's follow-up panel: open and overdue actions and waiting themes, at a glance.
import { SimpleGrid, Text } from '@mantine/core';
import { IconAlarm, IconBulb, IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';
import type { DashboardPanelProps } from '../../layout/dashboard-panels';
import { TitledSection } from '../../ui/titled-section';
import { FactCard } from '../../ui/fact-card';
import { useFollowUp } from './use-follow-up';

export function FollowUpPanel({ groupId }: DashboardPanelProps) {
  const { t, i18n } = useTranslation('followUp');
  const overview = useFollowUp(groupId);
  if (!overview.data) return null;
  const { actions, themes } = overview.data;
  const oldest = actions.overdue[0];
  const language = i18n.language as Language;
  return (
    <TitledSection headingId="follow-up-panel-heading" title={t('panel.title')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <FactCard label={t('panel.openActions')} value={actions.open.length + actions.overdue.length} icon={<IconChecklist size={14} aria-hidden />} />
        <FactCard label={t('panel.overdueActions')} value={<Text span inherit c={actions.overdue.length > 0 ? 'red' : undefined}>{actions.overdue.length}</Text>} icon={<IconAlarm size={14} aria-hidden />} />
        <FactCard label={t('panel.themesWaiting')} value={themes.filter((theme) => theme.status === 'waiting').length} icon={<IconBulb size={14} aria-hidden />} />
      </SimpleGrid>
      <Text size="sm" c={oldest ? 'red' : 'dimmed'}>
        {oldest ? t('panel.nextOverdue', { text: oldest.text, date: formatShortDate(oldest.due, language) }) : t('panel.allClear')}
      </Text>
    </TitledSection>
  );
}
