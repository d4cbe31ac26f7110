// Who was there: present, absent or excused per member, and the guests.
import { ActionIcon, Button, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MinutesPerson } from '../../../../src-main/api/operations/minutes';
import type { AttendanceStatus } from '../../../../src-main/domain/minutes-model';
import type { DraftUpdate, EditorDraft } from './minutes-draft';

const STATUSES: readonly AttendanceStatus[] = ['present', 'excused', 'absent'];

interface AttendanceSectionProps {
  draft: EditorDraft;
  members: readonly MinutesPerson[];
  update: DraftUpdate;
}

export function AttendanceSection({ draft, members, update }: AttendanceSectionProps) {
  const { t } = useTranslation('minutes');
  const statusOf = new Map(draft.minutes.attendance.map((entry) => [entry.memberId, entry.status]));
  const counts = Object.fromEntries(STATUSES.map((status) => [status, draft.minutes.attendance.filter((entry) => entry.status === status).length]));

  const setStatus = (memberId: string, status: AttendanceStatus) =>
    update((current) => ({
      ...current,
      minutes: {
        ...current.minutes,
        attendance: [...current.minutes.attendance.filter((entry) => entry.memberId !== memberId), { memberId, status }],
      },
    }));

  const setGuests = (change: (guests: EditorDraft['minutes']['guests']) => EditorDraft['minutes']['guests']) =>
    update((current) => ({ ...current, minutes: { ...current.minutes, guests: change(current.minutes.guests) } }));

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
            {members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {member.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {member.organisation}
                  </Text>
                </Table.Td>
                <Table.Td align="right">
                  <SegmentedControl
                    size="xs"
                    aria-label={member.name}
                    value={statusOf.get(member.id) ?? 'present'}
                    color={statusOf.get(member.id) === 'absent' ? 'gray' : statusOf.get(member.id) === 'excused' ? 'yellow' : 'teal'}
                    onChange={(status) => setStatus(member.id, status as AttendanceStatus)}
                    data={STATUSES.map((status) => ({ value: status, label: t(`attendance.${status}`) }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" fw={600}>
        {t('attendance.guests')}
      </Text>
      {draft.minutes.guests.map((guest, index) => (
        <Group key={index} gap="xs" wrap="nowrap">
          <TextInput
            aria-label={t('attendance.guestName')}
            placeholder={t('attendance.guestName')}
            value={guest.name}
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
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('attendance.removeGuest', { name: guest.name })}
            onClick={() => setGuests((guests) => guests.filter((_, at) => at !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setGuests((guests) => [...guests, { name: '', organisation: '' }])}>
          {t('attendance.addGuest')}
        </Button>
      </Group>
    </Stack>
  );
}
