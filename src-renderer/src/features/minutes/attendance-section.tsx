// Who was there: present, absent or excused per member, and the guests.
import { ActionIcon, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesPerson } from '../../../../src-main/api/operations/minutes';
import type { AttendanceStatus } from '../../../../src-main/domain/minutes-model';
import { SegmentedChoice, type Choice } from '../../ui/segmented-choice';
import { useProgressiveCount } from '../../ui/use-progressive-count';
import { removeEntryWithUndo } from './entry-removal';
import { oneLineEntryKeys } from './entry-keys';
import type { DraftUpdate, EditorDraft } from './minutes-draft';

type Guests = EditorDraft['minutes']['guests'];

const STATUSES: readonly AttendanceStatus[] = ['present', 'excused', 'absent'];
const STATUS_COLOR: Record<AttendanceStatus, string> = { present: 'teal', excused: 'yellow', absent: 'gray' };

interface AttendanceSectionProps {
  attendance: EditorDraft['minutes']['attendance'];
  guests: Guests;
  members: readonly MinutesPerson[];
  update: DraftUpdate;
}

// Memoised: typing a note elsewhere in the minutes does not redraw the attendance table.
export const AttendanceSection = memo(function AttendanceSection({ attendance, guests, members, update }: AttendanceSectionProps) {
  const { t } = useTranslation('minutes');
  const statusChoices = useMemo(() => STATUSES.map((status) => ({ value: status, label: t(`attendance.${status}`) })), [t]);
  // A guest just added gets the cursor in the name field.
  const [focusGuest, setFocusGuest] = useState<number | null>(null);
  // A roll of hundreds of members is drawn a batch per frame.
  const drawnMembers = useProgressiveCount(members.length);
  const statusOf = new Map(attendance.map((entry) => [entry.memberId, entry.status]));
  const counts = Object.fromEntries(STATUSES.map((status) => [status, attendance.filter((entry) => entry.status === status).length]));

  const setStatus = useCallback(
    (memberId: string, status: AttendanceStatus) =>
      update((current) => ({
        ...current,
        minutes: {
          ...current.minutes,
          attendance: [...current.minutes.attendance.filter((entry) => entry.memberId !== memberId), { memberId, status }],
        },
      })),
    [update],
  );

  const setGuests = (change: (guests: Guests) => Guests) =>
    update((current) => ({ ...current, minutes: { ...current.minutes, guests: change(current.minutes.guests) } }));
  const addGuest = () => {
    setFocusGuest(guests.length);
    setGuests((all) => [...all, { name: '', organisation: '' }]);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="attendance-heading">
      <Group justify="space-between" align="baseline">
        <Title order={3} size="h4" id="attendance-heading">
          {t('attendance.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('attendance.summary', counts)}
        </Text>
      </Group>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attendance.noMembers')}
        </Text>
      ) : (
        <Table verticalSpacing={4} highlightOnHover>
          <Table.Tbody>
            {members.slice(0, drawnMembers).map((member) => (
              <AttendanceRow key={member.id} member={member} status={statusOf.get(member.id) ?? 'present'} choices={statusChoices} onStatus={setStatus} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" fw={600}>
        {t('attendance.guests')}
      </Text>
      {guests.map((guest, index) => (
        <Group key={index} gap="xs" wrap="nowrap">
          <TextInput
            aria-label={t('attendance.guestName')}
            placeholder={t('attendance.guestName')}
            value={guest.name}
            autoFocus={index === focusGuest}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setGuests((guests) => guests.map((candidate, at) => (at === index ? { ...candidate, name } : candidate)));
            }}
            style={{ flex: 1 }}
          />
          <TextInput
            aria-label={t('attendance.guestOrganisation')}
            placeholder={t('attendance.guestOrganisation')}
            value={guest.organisation}
            onChange={(event) => {
              const organisation = event.currentTarget.value;
              setGuests((guests) => guests.map((candidate, at) => (at === index ? { ...candidate, organisation } : candidate)));
            }}
            onKeyDown={oneLineEntryKeys(addGuest)}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('attendance.removeGuest', { name: guest.name })}
            onClick={() =>
              removeEntryWithUndo(setGuests, { findIndex: (all) => (all[index] === guest ? index : -1), noticeId: `guest-${index}`, message: t('removed.guest'), undoLabel: t('removed.undo') })
            }
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={addGuest}>
          {t('attendance.addGuest')}
        </Button>
      </Group>
    </Stack>
  );
});

interface AttendanceRowProps {
  member: MinutesPerson;
  status: AttendanceStatus;
  choices: readonly Choice<AttendanceStatus>[];
  onStatus: (memberId: string, status: AttendanceStatus) => void;
}

// One member's row, memoised: a batch of the roll, or one member's changed status, draws only the rows it touches.
const AttendanceRow = memo(function AttendanceRow({ member, status, choices, onStatus }: AttendanceRowProps) {
  const choose = useCallback((chosen: AttendanceStatus) => onStatus(member.id, chosen), [onStatus, member.id]);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {member.name}
        </Text>
        <Text size="xs" c="dimmed">
          {member.organisation}
        </Text>
      </Table.Td>
      <Table.Td align="right">
        <SegmentedChoice label={member.name} value={status} color={STATUS_COLOR[status]} onChange={choose} choices={choices} />
      </Table.Td>
    </Table.Tr>
  );
});
