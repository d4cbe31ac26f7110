// Decisions the group took, each with its level and, if it belongs to one, its agenda item.
import { ActionIcon, Box, Button, Group, Select, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MinutesAgendaItem, MinutesDraft } from '../../../../src-main/api/operations/minutes';
import { TitledSection } from '../../ui/titled-section';
import { LEVEL_COLOR, LevelControl } from './level-control';
import { GENERAL_ITEM_ID, newEntityId, type DraftUpdate } from './minutes-draft';

type DecisionDraft = MinutesDraft['decisions'][number];

interface DecisionsSectionProps {
  decisions: readonly DecisionDraft[];
  headings: readonly MinutesAgendaItem[];
  update: DraftUpdate;
}

const NO_ITEM = '';

export function DecisionsSection({ decisions, headings, update }: DecisionsSectionProps) {
  const { t } = useTranslation('minutes');
  const setDecisions = (change: (all: DecisionDraft[]) => DecisionDraft[]) =>
    update((current) => ({ ...current, minutes: { ...current.minutes, decisions: change(current.minutes.decisions) } }));
  const patch = (id: string, values: Partial<DecisionDraft>) => setDecisions((all) => all.map((decision) => (decision.id === id ? { ...decision, ...values } : decision)));
  const items = headings.filter((item) => item.id !== GENERAL_ITEM_ID);

  return (
    <TitledSection headingId="decisions-heading" title={t('decisions.title')} gap="xs">
      {decisions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('decisions.empty')}
        </Text>
      )}
      {decisions.map((decision, index) => {
        const label = t('decisions.label', { number: index + 1 });
        return (
          <Box key={decision.id} pl="sm" style={{ borderLeft: `3px solid var(--mantine-color-${LEVEL_COLOR[decision.level]}-5)` }} data-level={decision.level}>
            <Group gap="sm" wrap="nowrap">
              <TextInput aria-label={label} placeholder={label} value={decision.text} onChange={(event) => patch(decision.id, { text: event.currentTarget.value })} style={{ flex: 1 }} />
              {items.length > 0 && (
                <Select
                  aria-label={`${t('decisions.item')}: ${label}`}
                  w={200}
                  value={decision.agendaItemId ?? NO_ITEM}
                  data={[{ value: NO_ITEM, label: t('decisions.noItem') }, ...items.map((item) => ({ value: item.id, label: item.title }))]}
                  onChange={(value) =>
                    setDecisions((all) =>
                      all.map((candidate) => {
                        if (candidate.id !== decision.id) return candidate;
                        const { agendaItemId: _previous, ...rest } = candidate;
                        return value ? { ...rest, agendaItemId: value } : rest;
                      }),
                    )
                  }
                  allowDeselect={false}
                />
              )}
              <LevelControl value={decision.level} onChange={(level) => patch(decision.id, { level })} about={label} />
              <ActionIcon variant="subtle" color="gray" aria-label={t('decisions.remove', { number: index + 1 })} onClick={() => setDecisions((all) => all.filter((candidate) => candidate.id !== decision.id))}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Box>
        );
      })}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDecisions((all) => [...all, { id: newEntityId(), text: '', level: 'members' }])}>
          {t('decisions.add')}
        </Button>
      </Group>
    </TitledSection>
  );
}
