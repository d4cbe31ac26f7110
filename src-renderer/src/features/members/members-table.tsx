// The roster: name, current job, sector, e-mail and membership dates, with a menu of actions per member.
import { Badge, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDoorExit, IconDoorEnter, IconPencil } from '@tabler/icons-react';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Member } from '../../../../src-main/domain/model';
import { currentEmployment, isCurrentMember } from '../../../../src-main/domain/people';
import { localIsoDate } from '../../../../src-main/domain/summaries';
import { formatShortDate } from '../../i18n/dates';
import { RowMenu } from '../../ui/row-menu';
import { useProgressiveCount } from '../../ui/use-progressive-count';

interface MembersTableProps {
  members: readonly Member[];
  onEdit: (member: Member) => void;
  onToggleLeft: (member: Member) => void;
  onDelete: (member: Member) => void;
}

// Memoised rows: a saved member redraws its own row, not the 400 others. The rows get callbacks that never change and
// call the latest ones the page passed, so a page redraw (a dialog opening) does not redraw every row.
export function MembersTable({ members, onEdit, onToggleLeft, onDelete }: MembersTableProps) {
  const today = localIsoDate(new Date());
  const latest = useRef({ onEdit, onToggleLeft, onDelete });
  useLayoutEffect(() => {
    latest.current = { onEdit, onToggleLeft, onDelete };
  });
  const rowActions = useMemo(
    () => ({
      onEdit: (member: Member) => latest.current.onEdit(member),
      onToggleLeft: (member: Member) => latest.current.onToggleLeft(member),
      onDelete: (member: Member) => latest.current.onDelete(member),
    }),
    [],
  );
  const { t, i18n } = useTranslation('members');
  const language = i18n.language as Language;
  // 400 members are drawn a batch of rows per frame (the top at once), not in one long task; once drawn to the end, a
  // later change draws at once, so find-in-page and sorting see every row.
  const drawn = useProgressiveCount(members.length);
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('heading')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.title')}</Table.Th>
            <Table.Th>{t('columns.organisation')}</Table.Th>
            <Table.Th>{t('columns.sector')}</Table.Th>
            <Table.Th>{t('columns.email')}</Table.Th>
            <Table.Th>{t('columns.membership')}</Table.Th>
            <Table.Th w={56}>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.slice(0, drawn).map((member) => (
            <MemberRow key={member.id} member={member} today={today} language={language} {...rowActions} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface MemberRowProps extends Omit<MembersTableProps, 'members'> {
  member: Member;
  today: string;
  language: Language;
}

const MemberRow = memo(function MemberRow({ member, today, language, onEdit, onToggleLeft, onDelete }: MemberRowProps) {
  const { t } = useTranslation('members');
  const job = currentEmployment(member);
  const earlier = member.employments.length - (job ? 1 : 0);
  // The domain's rule: a member whose leaving day has not come yet is still a member today.
  const former = member.left !== undefined && !isCurrentMember(member, today);
  return (
    <Table.Tr c={former ? 'dimmed' : undefined}>
      <Table.Td>
        <Text fw={600} size="sm" c="inherit">
          {member.name}
        </Text>
        {former && (
          <Badge size="xs" color="gray" variant="light">
            {t('leftBadge')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{job?.title}</Table.Td>
      <Table.Td>
        {job?.organisation}
        {earlier > 0 && (
          <Text size="xs" c="dimmed">
            {t('earlierJobs', { count: earlier })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{job ? t(`sector.${job.sector}`) : ''}</Table.Td>
      <Table.Td>{member.email}</Table.Td>
      <Table.Td>
        <Text size="sm" c="inherit">
          {member.joined ? t('joinedOn', { date: formatShortDate(member.joined, language) }) : ''}
        </Text>
        {member.left && (
          <Text size="xs" c="dimmed">
            {t('leftOn', { date: formatShortDate(member.left, language) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <RowMenu label={t('rowActions', { name: member.name })} deleteLabel={t('delete')} onDelete={() => onDelete(member)}>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(member)}>
            {t('edit')}
          </Menu.Item>
          <Menu.Item leftSection={member.left ? <IconDoorEnter size={16} /> : <IconDoorExit size={16} />} onClick={() => onToggleLeft(member)}>
            {t(member.left ? 'markRejoined' : 'markLeft')}
          </Menu.Item>
        </RowMenu>
      </Table.Td>
    </Table.Tr>
  );
});
