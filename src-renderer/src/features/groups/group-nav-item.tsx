// One group in the navbar: its name, how many members, and when it meets next.
import { NavLink } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary, Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';

interface GroupNavItemProps {
  group: GroupSummary;
  active: boolean;
  onSelect: (groupId: string) => void;
}

export function GroupNavItem({ group, active, onSelect }: GroupNavItemProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const nextMeeting = group.nextMeetingDate
    ? t('nav.nextMeeting', { date: formatShortDate(group.nextMeetingDate, language) })
    : t('nav.noNextMeeting');
  return (
    <NavLink
      component="button"
      type="button"
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={() => onSelect(group.id)}
      label={group.name}
      description={
        <>
          {t('nav.members', { count: group.memberCount })}
          <br />
          {nextMeeting}
        </>
      }
      leftSection={<IconUsersGroup size={18} stroke={1.6} aria-hidden />}
      variant="light"
      styles={{ root: { borderRadius: 'var(--mantine-radius-md)' }, label: { fontWeight: 500 } }}
    />
  );
}
