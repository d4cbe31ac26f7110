// The decision register: every decision of the group, filtered by status, level and year and by typed words, with a
// status per decision the facilitator sets right in the list (undo in the notice). The meeting's date opens its minutes.
import { Anchor, Badge, Button, Group, NativeSelect, Select, Stack, Table, Text } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionStatusSchema, confidentialitySchema, type DecisionStatus } from '../../../../src-main/domain/minutes-model';
import { filterDecisions, NO_DECISION_FILTER, type DecisionFilter, type RegisterDecision } from '../../../../src-main/domain/decision-register';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';
import { EmptyState } from '../../ui/empty-state';
import { navigateTo } from '../../ui/navigation';
import { QueryFallback } from '../../ui/query-state';
import { SearchInput } from '../../ui/search-input';
import { TitledSection } from '../../ui/titled-section';
import { useApiQuery } from '../../use-api-query';
import { LEVEL_COLOUR, STATUS_COLOUR } from './history-colours';
import { ReplacementModal } from './replacement-modal';
import { useDecisionStatus } from './use-decision-status';

const ANY = 'any';

export function DecisionRegisterView({ groupId }: { groupId: string }) {
  const { t } = useTranslation('history');
  const register = useApiQuery('history.decisions', { groupId }, (event) => event.type === 'groupChanged' && event.groupId === groupId);
  const [filter, setFilter] = useState<DecisionFilter>(NO_DECISION_FILTER);
  const decisions = register.data?.decisions;
  const shown = useMemo(() => (decisions ? filterDecisions(decisions, filter) : []), [decisions, filter]);
  const [replacing, setReplacing] = useState<RegisterDecision | null>(null);
  const setStatus = useDecisionStatus(groupId);

  if (!register.data || !decisions) return <QueryFallback query={register} failedTitle={t('loadFailed')} />;
  if (decisions.length === 0) return <EmptyState icon={IconGavel} message={t('decisions.empty')} hint={t('decisions.emptyHint')} maw={720} />;
  const filtered = filter !== NO_DECISION_FILTER;
  const change = (entry: RegisterDecision, status: DecisionStatus) => {
    if (status === 'replaced') setReplacing(entry);
    else void setStatus(entry, { status });
  };

  return (
    <TitledSection headingId="decision-register-heading" title={t('decisions.heading')}>
      <Text size="sm" c="dimmed">
        {t('decisions.hint')}
      </Text>
      <Group align="flex-end" gap="sm">
        <SearchInput
          label={t('decisions.search')}
          placeholder={t('decisions.searchPlaceholder')}
          w={300}
          value={filter.text}
          onChange={(text) => setFilter({ ...filter, text })}
        />
        <Select
          label={t('decisions.status')}
          w={190}
          allowDeselect={false}
          value={filter.status ?? ANY}
          onChange={(value) => setFilter({ ...filter, status: value === ANY || value === null ? null : decisionStatusSchema.parse(value) })}
          data={[{ value: ANY, label: t('decisions.all') }, ...decisionStatusSchema.options.map((status) => ({ value: status, label: t(`status.${status}`) }))]}
        />
        <Select
          label={t('decisions.level')}
          w={160}
          allowDeselect={false}
          value={filter.level ?? ANY}
          onChange={(value) => setFilter({ ...filter, level: value === ANY || value === null ? null : confidentialitySchema.parse(value) })}
          data={[{ value: ANY, label: t('decisions.all') }, ...confidentialitySchema.options.map((level) => ({ value: level, label: t(`level.${level}`) }))]}
        />
        <Select
          label={t('decisions.year')}
          w={110}
          allowDeselect={false}
          value={filter.year === null ? ANY : String(filter.year)}
          onChange={(value) => setFilter({ ...filter, year: value === ANY || value === null ? null : Number(value) })}
          data={[{ value: ANY, label: t('decisions.all') }, ...register.data.years.map((year) => ({ value: String(year), label: String(year) }))]}
        />
        <Text size="sm" c="dimmed" mb={8} aria-live="polite">
          {t('decisions.count', { count: shown.length })}
        </Text>
        {filtered && (
          <Button variant="subtle" size="compact-sm" mb={6} onClick={() => setFilter(NO_DECISION_FILTER)}>
            {t('decisions.clearFilters')}
          </Button>
        )}
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('decisions.emptyFiltered')}
        </Text>
      ) : (
        <DecisionTable groupId={groupId} decisions={shown} onChange={change} />
      )}
      <ReplacementModal
        decision={replacing}
        register={decisions}
        onClose={() => setReplacing(null)}
        onConfirm={(replacedBy) => {
          if (replacing) void setStatus(replacing, { status: 'replaced', replacedBy });
          setReplacing(null);
        }}
      />
    </TitledSection>
  );
}

interface DecisionTableProps {
  groupId: string;
  decisions: readonly RegisterDecision[];
  onChange: (entry: RegisterDecision, status: DecisionStatus) => void;
}

function DecisionTable({ groupId, decisions, onChange }: DecisionTableProps) {
  const { t, i18n } = useTranslation('history');
  const language = i18n.language as Language;
  return (
    <Table verticalSpacing="xs" highlightOnHover aria-labelledby="decision-register-heading">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={120}>{t('decisions.date')}</Table.Th>
          <Table.Th>{t('decisions.decision')}</Table.Th>
          <Table.Th w={120}>{t('decisions.level')}</Table.Th>
          <Table.Th w={200}>{t('decisions.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {decisions.map((entry) => {
          const date = formatShortDate(entry.meetingDate, language);
          const settled = entry.status !== 'inForce';
          return (
            <Table.Tr key={entry.decisionId} data-decision-id={entry.decisionId}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  aria-label={t('decisions.openMinutes', { date })}
                  onClick={() => navigateTo({ groupId, section: 'minutes', intent: { kind: 'openMinutes', meetingId: entry.meetingId } })}
                >
                  {date}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" td={settled ? 'line-through' : undefined} c={settled ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.text}
                  </Text>
                  {entry.status === 'replaced' && (
                    <Text size="xs" c="dimmed">
                      {entry.replacedBy
                        ? t('decisions.replacedBy', { date: formatShortDate(entry.replacedBy.meetingDate, language), text: entry.replacedBy.text })
                        : t('decisions.replacementGone')}{' '}
                      <Anchor component="button" type="button" size="xs" onClick={() => onChange(entry, 'replaced')}>
                        {t('decisions.changeReplacement')}
                      </Anchor>
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={LEVEL_COLOUR[entry.level]} tt="none" fw={500}>
                  {t(`level.${entry.level}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={t('decisions.changeStatus', { text: entry.text })}
                  value={entry.status}
                  onChange={(event) => onChange(entry, decisionStatusSchema.parse(event.currentTarget.value))}
                  data={decisionStatusSchema.options.map((status) => ({ value: status, label: t(`status.${status}`) }))}
                  styles={{ input: { color: `var(--mantine-color-${STATUS_COLOUR[entry.status]}-text)` } }}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
