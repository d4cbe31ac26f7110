// A group's front page: its name, its facts and its next meetings; other panels are passed in by the page.
import { Badge, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../ui/query-state';
import { GroupFacts } from './group-facts';
import { UpcomingMeetings } from './upcoming-meetings';
import { useDashboard } from './use-dashboard';

interface GroupDashboardProps {
  groupId: string;
  /** The group's action menu, owned by the groups feature. */
  actions: ReactNode;
  children?: ReactNode;
}

export function GroupDashboard({ groupId, actions, children }: GroupDashboardProps) {
  const { t } = useTranslation();
  const { data: dashboard, error, loading, reload } = useDashboard(groupId);

  if (!dashboard) return <QueryFallback query={{ loading, error, reload }} failedTitle={t('dashboard.loadFailed')} />;
  return (
    <Stack gap="xl" maw={960}>
      <Group justify="space-between" align="center" wrap="nowrap">
        <Group gap="sm" align="center">
          <Title order={2}>{dashboard.group.name}</Title>
          {dashboard.group.archived && (
            <Badge color="gray" variant="light">
              {t('groups.archivedBadge')}
            </Badge>
          )}
        </Group>
        {actions}
      </Group>
      <GroupFacts dashboard={dashboard} />
      <UpcomingMeetings meetings={dashboard.upcomingMeetings} />
      {children}
    </Stack>
  );
}
