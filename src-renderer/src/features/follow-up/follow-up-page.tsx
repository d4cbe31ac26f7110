// The "Opfølgning" tab: the actions across all meetings and the theme backlog.
import { Alert, Divider, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../i18n/translate-error';
import type { GroupSectionProps } from '../../layout/group-sections';
import { ActionList } from './action-list';
import { ThemeBacklog } from './theme-backlog';
import { useFollowUp } from './use-follow-up';

export function FollowUpPage({ group }: GroupSectionProps) {
  const { t } = useTranslation('followUp');
  const { t: tApp } = useTranslation();
  const overview = useFollowUp(group.id);
  if (overview.loading) return <Loader aria-label={tApp('app.loading')} m="xl" />;
  if (!overview.data) return <Alert color="red" title={t('loadFailed')}>{translateError(tApp, overview.error)}</Alert>;
  return (
    <Stack gap="xl" maw={1080}>
      <ActionList groupId={group.id} overview={overview.data} />
      <Divider />
      <ThemeBacklog groupId={group.id} overview={overview.data} />
    </Stack>
  );
}

