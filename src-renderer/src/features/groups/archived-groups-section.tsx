// Archived groups stay out of the way, collapsed under a toggle at the bottom of the navbar.
import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../../src-main/domain/model';
import { GroupNavItem } from './group-nav-item';

interface ArchivedGroupsSectionProps {
  groups: GroupSummary[];
  currentGroupId: string | null;
  onSelect: (groupId: string) => void;
}

export function ArchivedGroupsSection({ groups, currentGroupId, onSelect }: ArchivedGroupsSectionProps) {
  const { t } = useTranslation();
  const [expanded, { toggle }] = useDisclosure(groups.some((group) => group.id === currentGroupId));
  if (groups.length === 0) return null;
  const Chevron = expanded ? IconChevronDown : IconChevronRight;
  return (
    <Stack gap={4}>
      <Button
        variant="subtle"
        color="gray"
        fullWidth
        justify="space-between"
        leftSection={<IconArchive size={16} aria-hidden />}
        rightSection={<Chevron size={14} aria-hidden />}
        onClick={toggle}
        aria-expanded={expanded}
        aria-controls="archived-groups"
      >
        {t('nav.archivedToggle', { count: groups.length })}
      </Button>
      <Collapse expanded={expanded} id="archived-groups">
        <Stack gap={2}>
          {groups.map((group) => (
            <GroupNavItem key={group.id} group={group} active={group.id === currentGroupId} onSelect={onSelect} />
          ))}
        </Stack>
      </Collapse>
    </Stack>
  );
}
