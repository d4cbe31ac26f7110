// A group's front page: its name, its facts and its next meetings; other panels are passed in by the page.
import { Alert, Badge, Button, Group, Loader, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../i18n/translate-error';
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

  if (loading) return <Loader aria-label={t('app.loading')} m="xl" />;
  if (!dashboard) {
    return (
      <Alert color="red" title={t('dashboard.loadFailed')}>
        <Stack gap="sm" align="flex-start">
          {translateError(t, error)}
          <Button variant="light" color="red" onClick={reload}>
            {t('app.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
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
