// Settings: the backups of any group, archived ones too, chosen from a list; the open group is offered first.
import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../use-api-query';
import { BackupsTable } from './backups-panel';

export function AllBackupsSection({ currentGroupId }: { currentGroupId: string | null }) {
  const { t } = useTranslation();
  const groups = useApiQuery('groups.list', { includeArchived: true }, (event) => event.type === 'groupsChanged' || event.type === 'groupChanged');
  const [chosen, setChosen] = useState<string | null>(null);
  const list = groups.data ?? [];
  const groupId = [chosen, currentGroupId, list[0]?.id].find((id) => id != null && list.some((group) => group.id === id)) ?? null;
  return (
    <Stack gap={6} component="section" aria-labelledby="all-backups-heading">
      <Text fw={600} size="sm" id="all-backups-heading">
        {t('backups.allGroupsTitle')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('backups.description')}
      </Text>
      {groups.data && list.length === 0 && <Text size="sm">{t('backups.noGroups')}</Text>}
      {list.length > 0 && (
        <Select
          label={t('backups.chooseGroup')}
          value={groupId}
          onChange={setChosen}
          allowDeselect={false}
          searchable={list.length > 8}
          data={list.map((group) => ({ value: group.id, label: group.archived ? t('backups.archivedGroup', { name: group.name }) : group.name }))}
        />
      )}
      {groupId && <BackupsTable key={groupId} groupId={groupId} labelledBy="all-backups-heading" />}
    </Stack>
  );
}
