// Decisions the group took, each with its level and, if it belongs to one, its agenda item. Each decision is a
// memoised row; "add" puts the cursor in the new one, Enter in a decision starts the next, Escape leaves the field.
import { ActionIcon, Box, Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesAgendaItem, MinutesDraft } from '../../../../src-main/api/operations/minutes';
import { NEW_ENTRY_LEVEL, type Confidentiality } from '../../../../src-main/domain/minutes-model';
import { TitledSection } from '../../ui/titled-section';
import { oneLineEntryKeys } from './entry-keys';
import { byId, removeEntryWithUndo } from './entry-removal';
import { LEVEL_COLOR, LevelControl } from './level-control';
import { GENERAL_ITEM_ID, newEntityId, type DraftUpdate } from './minutes-draft';

type DecisionDraft = MinutesDraft['decisions'][number];
type DecisionsChange = (change: (all: DecisionDraft[]) => DecisionDraft[]) => void;

function decisionsUpdater(update: DraftUpdate): DecisionsChange {
  return (change) => update((current) => ({ ...current, minutes: { ...current.minutes, decisions: change(current.minutes.decisions) } }));
}

interface DecisionsSectionProps {
  decisions: readonly DecisionDraft[];
  headings: readonly MinutesAgendaItem[];
  update: DraftUpdate;
}

const NO_ITEM = '';

export const DecisionsSection = memo(function DecisionsSection({ decisions, headings, update }: DecisionsSectionProps) {
  const { t } = useTranslation('minutes');
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const itemChoices = useMemo(
    () => {
      const items = headings.filter((item) => item.id !== GENERAL_ITEM_ID);
      return items.length === 0 ? null : [{ value: NO_ITEM, label: t('decisions.noItem') }, ...items.map((item) => ({ value: item.id, label: item.title }))];
    },
    [headings, t],
  );

  const add = useCallback(() => {
    const id = newEntityId();
    setJustAdded(id);
    decisionsUpdater(update)((all) => [...all, { id, text: '', level: NEW_ENTRY_LEVEL.decision }]);
  }, [update]);

  return (
    <TitledSection headingId="decisions-heading" title={t('decisions.title')} gap="xs">
      {decisions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('decisions.empty')}
        </Text>
      )}
      {decisions.map((decision, index) => (
        <DecisionRow key={decision.id} decision={decision} number={index + 1} itemChoices={itemChoices} autoFocus={decision.id === justAdded} update={update} onEnter={add} />
      ))}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('decisions.add')}
        </Button>
      </Group>
    </TitledSection>
  );
});

interface DecisionRowProps {
  decision: DecisionDraft;
  number: number;
  itemChoices: { value: string; label: string }[] | null;
  autoFocus: boolean;
  update: DraftUpdate;
  onEnter: () => void;
}

const DecisionRow = memo(function DecisionRow({ decision, number, itemChoices, autoFocus, update, onEnter }: DecisionRowProps) {
  const { t } = useTranslation('minutes');
  const setDecisions = decisionsUpdater(update);
  const patch = (values: Partial<DecisionDraft>) => setDecisions((all) => all.map((candidate) => (candidate.id === decision.id ? { ...candidate, ...values } : candidate)));
  const label = t('decisions.label', { number });
  const decisionId = decision.id;
  // Stable, so typing in the decision does not redraw its level control.
  const setLevel = useCallback(
    (level: Confidentiality) => decisionsUpdater(update)((all) => all.map((candidate) => (candidate.id === decisionId ? { ...candidate, level } : candidate))),
    [decisionId, update],
  );

  return (
    <Box pl="sm" style={{ borderLeft: `3px solid var(--mantine-color-${LEVEL_COLOR[decision.level]}-5)` }} data-level={decision.level} data-entry-key={`decision:${decision.id}`}>
      <Group gap="sm" wrap="nowrap">
        <TextInput
          aria-label={label}
          placeholder={label}
          value={decision.text}
          autoFocus={autoFocus}
          onChange={(event) => patch({ text: event.currentTarget.value })}
          onKeyDown={oneLineEntryKeys(onEnter)}
          style={{ flex: 1 }}
        />
        {itemChoices && (
          // The browser's own list: a handful of agenda items needs no search, and a native select mounts no floating
          // layer or portal, so the click that adds a decision draws a lighter row (click → field drawn, median of 12
          // clicks on the twenty-year group: 40 → 33 ms).
          <NativeSelect
            aria-label={`${t('decisions.item')}: ${label}`}
            w={200}
            // An item since taken off the agenda shows as none, which is how the exports treat it (a native select
            // would show its first choice for a value it does not list, without saying so).
            value={itemChoices.some((choice) => choice.value === decision.agendaItemId) ? decision.agendaItemId : NO_ITEM}
            data={itemChoices}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setDecisions((all) =>
                all.map((candidate) => {
                  if (candidate.id !== decision.id) return candidate;
                  const { agendaItemId: _previous, ...rest } = candidate;
                  return value ? { ...rest, agendaItemId: value } : rest;
                }),
              );
            }}
          />
        )}
        <LevelControl value={decision.level} onChange={setLevel} about={label} />
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('decisions.remove', { number })}
          onClick={() => removeEntryWithUndo(setDecisions, { findIndex: byId(decision.id), noticeId: decision.id, message: t('removed.decision', { number }), undoLabel: t('removed.undo') })}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
    </Box>
  );
});
