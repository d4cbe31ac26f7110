// The inbox: every group's simultaneous changes, each side by side, in a drawer the banner opens.
import { Alert, Drawer, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncConflictCount } from '../../../../src-main/domain/sync-conflicts';
import { ConflictCard } from './conflict-card';
import { useGroupSyncConflicts } from './use-sync-conflicts';

export function ConflictInbox({ opened, onClose, groups }: { opened: boolean; onClose: () => void; groups: readonly SyncConflictCount[] }) {
  const { t } = useTranslation('syncConflicts');
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title={t('inbox.title')}>
      <Stack gap="lg">
        <Text size="sm">{t('inbox.intro')}</Text>
        {groups.length === 0 ? <Text c="dimmed">{t('inbox.empty')}</Text> : null}
        {groups.map((group) => (
          <GroupConflicts key={group.groupId} groupId={group.groupId} groupName={group.groupName} />
        ))}
      </Stack>
    </Drawer>
  );
}

function GroupConflicts({ groupId, groupName }: { groupId: string; groupName: string }) {
  const { t } = useTranslation('syncConflicts');
  const { conflicts, error, keep } = useGroupSyncConflicts(groupId);
  if (error !== undefined && !conflicts) return <Alert color="red">{t('inbox.loadFailed')}</Alert>;
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={4}>{groupName}</Title>
      {conflicts.map((conflict) => (
        <ConflictCard key={conflict.id} conflict={conflict} onKeep={(one, side, field) => void keep(one, side, field)} />
      ))}
    </Stack>
  );
}
