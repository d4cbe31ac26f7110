// The roster: name, current job, sector, e-mail and membership dates, with a menu of actions per member.
import { Badge, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDoorExit, IconDoorEnter, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language, Member } from '../../../../src-main/domain/model';
import { currentEmployment, isCurrentMember } from '../../../../src-main/domain/people';
import { localIsoDate } from '../../../../src-main/domain/summaries';
import { formatShortDate } from '../../i18n/dates';
import { RowMenu } from '../../ui/row-menu';

interface MembersTableProps {
  members: readonly Member[];
  onEdit: (member: Member) => void;
  onToggleLeft: (member: Member) => void;
  onDelete: (member: Member) => void;
}

export function MembersTable({ members, onEdit, onToggleLeft, onDelete }: MembersTableProps) {
  const today = localIsoDate(new Date());
  const { t, i18n } = useTranslation('members');
  const language = i18n.language as Language;
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
          {members.map((member) => {
            const job = currentEmployment(member);
            const earlier = member.employments.length - (job ? 1 : 0);
            // The domain's rule: a member whose leaving day has not come yet is still a member today.
            const former = member.left !== undefined && !isCurrentMember(member, today);
            return (
              <Table.Tr key={member.id} c={former ? 'dimmed' : undefined}>
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
                    <Menu.Item
                      leftSection={member.left ? <IconDoorEnter size={16} /> : <IconDoorExit size={16} />}
                      onClick={() => onToggleLeft(member)}
                    >
                      {t(member.left ? 'markRejoined' : 'markLeft')}
                    </Menu.Item>
                  </RowMenu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
