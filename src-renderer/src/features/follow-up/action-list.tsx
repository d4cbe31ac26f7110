// The group's actions across all meetings: open, overdue and done, filtered by owner, ticked off with undo.
import { Badge, Checkbox, Group, Paper, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { FollowUpOverview } from '../../../../src-main/api/operations/follow-up';
import { filterByOwner } from '../../../../src-main/domain/actions';
import type { Action, ActionOwner } from '../../../../src-main/domain/minutes-model';
import { useApi } from '../../api-context';
import { formatShortDate } from '../../i18n/dates';
import { TitledSection } from '../../ui/titled-section';
import { markActionDone } from '../../ui/mark-action-done';
import { ownerName } from './owner-name';
import { useNavigationIntent } from '../../ui/navigation';

type ListName = 'open' | 'overdue' | 'done';
const ALL = 'all';
const FACILITATOR = 'facilitator';

function ownerFilter(value: string): ActionOwner | null {
  if (value === ALL) return null;
  return value === FACILITATOR ? { kind: 'facilitator' } : { kind: 'member', memberId: value };
}

export function ActionList({ groupId, overview }: { groupId: string; overview: FollowUpOverview }) {
  const { t, i18n } = useTranslation('followUp');
  const { t: tApp } = useTranslation();
  const api = useApi();
  const language = i18n.language as Language;
  const [list, setList] = useState<ListName>(overview.actions.overdue.length > 0 ? 'overdue' : 'open');
  const [owner, setOwner] = useState<string>(ALL);
  // An action chosen in the command palette: its list is shown, its row marked and its checkbox focused.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosenCheckbox = useRef<HTMLInputElement>(null);
  useNavigationIntent(groupId, ['showAction'], ({ actionId }) => {
    const holding = (['overdue', 'open', 'done'] as const).find((name) => overview.actions[name].some((action) => action.id === actionId));
    if (!holding) return;
    setList(holding);
    setOwner(ALL);
    setChosenId(actionId);
  });
  useEffect(() => {
    chosenCheckbox.current?.scrollIntoView({ block: 'center' });
    chosenCheckbox.current?.focus();
  }, [chosenId]);
  const names = new Map(overview.members.map((member) => [member.id, member.name]));
  const meetingDate = new Map(overview.meetings.map((meeting) => [meeting.id, meeting.date]));
  const filter = ownerFilter(owner);
  const shown: Action[] = filter ? filterByOwner(overview.actions[list], filter) : overview.actions[list];
  const emptyText = filter ? t('actions.emptyFiltered') : t(list === 'open' ? 'actions.emptyOpen' : list === 'overdue' ? 'actions.emptyOverdue' : 'actions.emptyDone');

  return (
    <TitledSection headingId="action-list-heading" title={t('actions.title')}>
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          value={list}
          onChange={(value) => setList(value as ListName)}
          data={[
            { value: 'open', label: t('actions.open', { count: overview.actions.open.length }) },
            { value: 'overdue', label: t('actions.overdue', { count: overview.actions.overdue.length }) },
            { value: 'done', label: t('actions.done', { count: overview.actions.done.length }) },
          ]}
        />
        <Select
          label={t('actions.owner')}
          w={240}
          value={owner}
          onChange={(value) => setOwner(value ?? ALL)}
          allowDeselect={false}
          searchable
          data={[
            { value: ALL, label: t('actions.allOwners') },
            { value: FACILITATOR, label: t('actions.facilitator') },
            ...overview.members.map((member) => ({ value: member.id, label: member.name })),
          ]}
        />
      </Group>
      {shown.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        </Paper>
      ) : (
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>{t('actions.text')}</Table.Th>
              <Table.Th>{t('actions.owner')}</Table.Th>
              <Table.Th>{t('actions.due')}</Table.Th>
              <Table.Th>{t('actions.from')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((action) => {
              const done = action.status === 'done';
              const from = meetingDate.get(action.meetingId);
              return (
                <Table.Tr key={action.id} bg={action.id === chosenId ? 'var(--mantine-primary-color-light)' : undefined}>
                  <Table.Td>
                    <Checkbox
                      ref={action.id === chosenId ? chosenCheckbox : undefined}
                      checked={done}
                      aria-label={t(done ? 'actions.reopen' : 'actions.markDone', { text: action.text })}
                      onChange={() => void markActionDone(api, { t, tApp }, groupId, action, !done)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
                      {action.text}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{ownerName(t, action.owner, names)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {list === 'overdue' ? (
                      <Badge color="red" variant="light">
                        {formatShortDate(action.due, language)}
                      </Badge>
                    ) : done && action.doneAt ? (
                      <Text size="sm" c="dimmed">
                        {t('actions.doneOn', { date: formatShortDate(action.doneAt, language) })}
                      </Text>
                    ) : (
                      <Text size="sm">{formatShortDate(action.due, language)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {from ? formatShortDate(from, language) : '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </TitledSection>
  );
}
