// The table view: every invitation in one list, filtered by state and words, sorted by any column.
import { Group, MultiSelect, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { INVITATION_STATES, type InvitationState } from '../../../../src-main/domain/speaker-model';
import { formatDateTime, formatShortDate } from '../../i18n/dates';
import { StateBadge } from '../../ui/invitation-state-badge';
import { useInvitationStateName } from '../../ui/invitation-state-name';
import { SearchInput } from '../../ui/search-input';
import { tableRows, type PipelineRow, type SortColumn, type TableView } from './board-model';
import { InvitationMenu, type InvitationRowActions } from './invitation-card';

const COLUMNS: { column: SortColumn; key: 'speaker' | 'topic' | 'meeting' | 'state' | 'changed' }[] = [
  { column: 'speaker', key: 'speaker' },
  { column: 'topic', key: 'topic' },
  { column: 'meeting', key: 'meeting' },
  { column: 'state', key: 'state' },
  { column: 'changed', key: 'changed' },
];

export function InvitationsTable({ rows, onMove, onMail, onEdit }: { rows: readonly PipelineRow[] } & InvitationRowActions) {
  const { t, i18n } = useTranslation('invitations');
  const stateName = useInvitationStateName();
  const language = i18n.language as Language;
  const [view, setView] = useState<TableView>({ query: '', states: [], sort: { column: 'meeting', descending: false } });
  const shown = useMemo(() => tableRows(rows, view), [rows, view]);

  const sortBy = (column: SortColumn) =>
    setView((current) => ({ ...current, sort: { column, descending: current.sort.column === column ? !current.sort.descending : false } }));
  const sortIcon = (column: SortColumn) => {
    if (view.sort.column !== column) return <IconSelector size={14} />;
    return view.sort.descending ? <IconChevronDown size={14} /> : <IconChevronUp size={14} />;
  };
  const ariaSort = (column: SortColumn) => (view.sort.column !== column ? 'none' : view.sort.descending ? 'descending' : 'ascending');

  return (
    <>
      <Group gap="md" align="flex-end">
        <SearchInput
          label={t('table.search')}
          placeholder={t('table.searchPlaceholder')}
          value={view.query}
          onChange={(query) => setView((current) => ({ ...current, query }))}
          w={260}
        />
        <MultiSelect
          label={t('table.filterStates')}
          placeholder={view.states.length === 0 ? t('table.filterPlaceholder') : undefined}
          data={INVITATION_STATES.map((state) => ({ value: state, label: stateName(state) }))}
          value={view.states}
          onChange={(states) => setView((current) => ({ ...current, states: states as InvitationState[] }))}
          clearable
          miw={260}
        />
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">{t('table.noMatches')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover aria-label={t('table.label')}>
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map(({ column, key }) => (
                  <Table.Th key={column} aria-sort={ariaSort(column)}>
                    <UnstyledButton onClick={() => sortBy(column)} aria-label={t('table.sortBy', { column: t(`table.${key}`) })}>
                      <Group gap={4} wrap="nowrap">
                        <Text fw={700} size="sm">
                          {t(`table.${key}`)}
                        </Text>
                        {sortIcon(column)}
                      </Group>
                    </UnstyledButton>
                  </Table.Th>
                ))}
                <Table.Th w={48}>
                  <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.invitation.id}>
                  <Table.Td fw={600}>{row.speakerName}</Table.Td>
                  <Table.Td>{row.invitation.topic}</Table.Td>
                  <Table.Td>{row.meetingDate ? formatShortDate(row.meetingDate, language) : '–'}</Table.Td>
                  <Table.Td>
                    <StateBadge state={row.invitation.state} />
                  </Table.Td>
                  <Table.Td>{row.changedAt ? formatDateTime(row.changedAt, language) : ''}</Table.Td>
                  <Table.Td>
                    <InvitationMenu row={row} onMove={onMove} onMail={onMail} onEdit={onEdit} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
