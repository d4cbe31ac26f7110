// The group's meetings as a table: Danish date, time, kind, host, theme, status, and a menu to edit, export or delete.
import { Badge, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCalendarDown, IconMail, IconPencil } from '@tabler/icons-react';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Meeting } from '../../../../src-main/domain/model';
import { formatLongDate } from '../../i18n/dates';
import { RowMenu } from '../../ui/row-menu';
import { useProgressiveCount } from '../../ui/use-progressive-count';
import { GroupMailModal } from './group-mail-modal';

const STATUS_COLOURS: Record<Meeting['status'], string> = { planned: 'blue', invitationSent: 'cyan', held: 'gray', minutesSent: 'teal' };

interface MeetingsTableProps {
  meetings: readonly Meeting[];
  today: string;
  onEdit: (meeting: Meeting) => void;
  onDelete: (meeting: Meeting) => void;
  onExport: (meeting: Meeting) => void;
  /** With a group, each row offers the meeting's mails and replies. */
  groupId?: string;
}

export function MeetingsTable({ meetings, today, onEdit, onDelete, onExport, groupId }: MeetingsTableProps) {
  const { t, i18n } = useTranslation('meetings');
  const language = i18n.language as Language;
  const [mailing, setMailing] = useState<Meeting | null>(null);
  // Memoised rows with callbacks that never change and call the latest ones the page passed: a batch of rows drawn, a
  // saved meeting or a dialog opening redraws only the rows it concerns.
  const latest = useRef({ onEdit, onDelete, onExport });
  useLayoutEffect(() => {
    latest.current = { onEdit, onDelete, onExport };
  });
  const rowActions = useMemo(
    () => ({
      onEdit: (meeting: Meeting) => latest.current.onEdit(meeting),
      onDelete: (meeting: Meeting) => latest.current.onDelete(meeting),
      onExport: (meeting: Meeting) => latest.current.onExport(meeting),
      onMail: (meeting: Meeting) => setMailing(meeting),
    }),
    [],
  );
  // Twenty years of meetings are drawn a batch of rows per frame, the top at once.
  const drawn = useProgressiveCount(meetings.length);
  return (
    <>
    {groupId !== undefined && mailing !== null && <GroupMailModal groupId={groupId} meeting={mailing} onClose={() => setMailing(null)} />}
    <Table highlightOnHover verticalSpacing="sm" aria-label={t('heading')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('columns.date')}</Table.Th>
          <Table.Th>{t('columns.time')}</Table.Th>
          <Table.Th>{t('columns.kind')}</Table.Th>
          <Table.Th>{t('columns.host')}</Table.Th>
          <Table.Th>{t('columns.theme')}</Table.Th>
          <Table.Th>{t('columns.status')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.slice(0, drawn).map((meeting) => (
          <MeetingRow key={meeting.id} meeting={meeting} today={today} language={language} mailable={groupId !== undefined} {...rowActions} />
        ))}
      </Table.Tbody>
    </Table>
    </>
  );
}

interface MeetingRowProps {
  meeting: Meeting;
  today: string;
  language: Language;
  mailable: boolean;
  onEdit: (meeting: Meeting) => void;
  onDelete: (meeting: Meeting) => void;
  onExport: (meeting: Meeting) => void;
  onMail: (meeting: Meeting) => void;
}

const MeetingRow = memo(function MeetingRow({ meeting, today, language, mailable, onEdit, onDelete, onExport, onMail }: MeetingRowProps) {
  const { t } = useTranslation('meetings');
  const { t: tMail } = useTranslation('groupMail');
  const date = formatLongDate(meeting.date, language);
  // A past meeting's date is in the theme's dimmed text, which still reads at 4.5:1; fading the whole row took its
  // badges below that.
  const past = meeting.date < today;
  return (
    <Table.Tr data-past={past || undefined}>
      <Table.Td>
        <Text fw={600} size="sm" c={past ? 'dimmed' : undefined}>
          {date}
        </Text>
        <Group gap={4} mt={2}>
          {meeting.siteTour && <Badge size="xs" variant="outline" color="teal">{t('extras.siteTour')}</Badge>}
          {meeting.dinner && <Badge size="xs" variant="outline" color="grape">{t('extras.dinner')}</Badge>}
          {meeting.jointWithSisterGroup && <Badge size="xs" variant="outline" color="blue">{t('extras.joint')}</Badge>}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(meeting.kind === 'overnight' ? 'timeNextDay' : 'time', { start: meeting.startTime, end: meeting.endTime })}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`kind.${meeting.kind}`)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={meeting.hostOrganisation ? undefined : 'dimmed'}>
          {meeting.hostOrganisation || t('noHost')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{meeting.theme}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge variant="light" color={STATUS_COLOURS[meeting.status]} tt="none" style={{ overflow: 'visible' }}>
          {t(`status.${meeting.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <RowMenu label={t('rowActions', { date })} deleteLabel={t('delete')} onDelete={() => onDelete(meeting)}>
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(meeting)}>
            {t('edit')}
          </Menu.Item>
          <Menu.Item leftSection={<IconCalendarDown size={16} aria-hidden />} onClick={() => onExport(meeting)}>
            {t('exportMeeting')}
          </Menu.Item>
          {mailable && (
            <Menu.Item leftSection={<IconMail size={16} aria-hidden />} onClick={() => onMail(meeting)}>
              {tMail('menuItem')}
            </Menu.Item>
          )}
        </RowMenu>
      </Table.Td>
    </Table.Tr>
  );
});
