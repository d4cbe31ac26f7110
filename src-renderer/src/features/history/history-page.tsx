// The "Historik" tab: the group's memory in three views — the decision register, attendance over the years, and who
// hosted when — chosen with one switch, so each view loads only when it is shown.
import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSectionProps } from '../../layout/group-sections';
import { PageHeader } from '../../ui/page-header';
import { AttendanceView } from './attendance-view';
import { DecisionRegisterView } from './decision-register-view';
import { HostsView } from './hosts-view';

const VIEWS = ['decisions', 'attendance', 'hosts'] as const;
type HistoryView = (typeof VIEWS)[number];

export function HistoryPage({ group }: GroupSectionProps) {
  const { t } = useTranslation('history');
  const [view, setView] = useState<HistoryView>('decisions');
  return (
    <Stack gap="lg" maw={1080}>
      <PageHeader title={t('title')} subtitle={t('subtitle')}>
        <SegmentedControl
          aria-label={t('sections.label')}
          value={view}
          onChange={(value) => setView(value as HistoryView)}
          data={VIEWS.map((value) => ({ value, label: t(`sections.${value}`) }))}
        />
      </PageHeader>
      {view === 'decisions' && <DecisionRegisterView groupId={group.id} />}
      {view === 'attendance' && <AttendanceView groupId={group.id} />}
      {view === 'hosts' && <HostsView groupId={group.id} />}
    </Stack>
  );
}
