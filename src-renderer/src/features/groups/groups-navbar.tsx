// The left navbar: the facilitator's active groups, a create button, and the archive below.
import { AppShell, Button, ScrollArea, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../../src-main/domain/model';
import { ArchivedGroupsSection } from './archived-groups-section';
import { GroupNavItem } from './group-nav-item';
import { partitionGroups } from './group-order';

interface GroupsNavbarProps {
  groups: readonly GroupSummary[];
  currentGroupId: string | null;
  onSelect: (groupId: string) => void;
  onCreate: () => void;
  /** Views above the groups list that are not one group's (the calendar of all groups). */
  topLinks?: ReactNode;
}

export function GroupsNavbar({ groups, currentGroupId, onSelect, onCreate, topLinks }: GroupsNavbarProps) {
  const { t } = useTranslation();
  const { active, archived } = partitionGroups(groups);
  return (
    <AppShell.Navbar p="md" aria-label={t('nav.label')} component="nav">
      <AppShell.Section>
        <Button fullWidth leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate} mb="md">
          {t('nav.createGroup')}
        </Button>
        {topLinks}
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6} px={4} id="groups-heading">
          {t('nav.heading')}
        </Text>
      </AppShell.Section>
      <AppShell.Section grow component={ScrollArea} type="scroll">
        <Stack gap={2} role="list" aria-labelledby="groups-heading">
          {active.map((group) => (
            <div role="listitem" key={group.id}>
              <GroupNavItem group={group} active={group.id === currentGroupId} onSelect={onSelect} />
            </div>
          ))}
          {active.length === 0 && (
            <Text size="sm" c="dimmed" px={4}>
              {t('nav.noActiveGroups')}
            </Text>
          )}
        </Stack>
      </AppShell.Section>
      <AppShell.Section pt="sm">
        <ArchivedGroupsSection groups={archived} currentGroupId={currentGroupId} onSelect={onSelect} />
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
