// The actions agreed at this meeting (what, who, when, done). Each action is a memoised row; "add" puts the cursor in
// the new action's text, Enter there starts the next action, Escape leaves the field.
import { ActionIcon, Box, Button, Checkbox, Group, Select, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconPlus, IconTrash, IconUser } from '@tabler/icons-react';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDraft, MinutesPerson } from '../../../../src-main/api/operations/minutes';
import { NEW_ENTRY_LEVEL, type ActionOwner, type Confidentiality } from '../../../../src-main/domain/minutes-model';
import { TitledSection } from '../../ui/titled-section';
import { useProgressiveCount } from '../../ui/use-progressive-count';
import { byId, removeEntryWithUndo } from './entry-removal';
import { oneLineEntryKeys } from './entry-keys';
import { LEVEL_COLOR, LevelControl } from './level-control';
import { newEntityId, type DraftUpdate } from './minutes-draft';

const FACILITATOR = 'facilitator';

export function ownerValue(owner: ActionOwner): string {
  return owner.kind === 'facilitator' ? FACILITATOR : owner.memberId;
}

function ownerFrom(value: string): ActionOwner {
  return value === FACILITATOR ? { kind: 'facilitator' } : { kind: 'member', memberId: value };
}

type ActionsChange = (change: (all: ActionDraft[]) => ActionDraft[]) => void;

function actionsUpdater(update: DraftUpdate): ActionsChange {
  return (change) => update((current) => ({ ...current, actions: change(current.actions) }));
}

interface ActionsSectionProps {
  actions: readonly ActionDraft[];
  members: readonly MinutesPerson[];
  defaultDue: string;
  update: DraftUpdate;
}

export const ActionsSection = memo(function ActionsSection({ actions, members, defaultDue, update }: ActionsSectionProps) {
  const { t } = useTranslation('minutes');
  const [justAdded, setJustAdded] = useState<string | null>(null);
  // Each action row holds a pick list and a date picker: a meeting with dozens of them is drawn a batch per frame.
  const drawn = useProgressiveCount(actions.length);
  const owners = useMemo(() => [{ value: FACILITATOR, label: t('actions.facilitator') }, ...members.map((member) => ({ value: member.id, label: member.name }))], [members, t]);

  const add = useCallback(() => {
    const id = newEntityId();
    setJustAdded(id);
    actionsUpdater(update)((all) => [...all, { id, text: '', owner: { kind: 'facilitator' }, due: defaultDue, status: 'open', level: NEW_ENTRY_LEVEL.action }]);
  }, [update, defaultDue]);

  return (
    <TitledSection headingId="actions-heading" title={t('actions.title')}>
      {actions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('actions.empty')}
        </Text>
      )}
      {actions.slice(0, drawn).map((action, index) => (
        <ActionRow key={action.id} action={action} number={index + 1} owners={owners} autoFocus={action.id === justAdded} update={update} onEnter={add} />
      ))}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('actions.add')}
        </Button>
      </Group>
    </TitledSection>
  );
});

interface ActionRowProps {
  action: ActionDraft;
  number: number;
  owners: { value: string; label: string }[];
  autoFocus: boolean;
  update: DraftUpdate;
  onEnter: () => void;
}

const ActionRow = memo(function ActionRow({ action, number, owners, autoFocus, update, onEnter }: ActionRowProps) {
  const { t } = useTranslation('minutes');
  const setActions = actionsUpdater(update);
  const patch = (values: Partial<ActionDraft>) => setActions((all) => all.map((candidate) => (candidate.id === action.id ? { ...candidate, ...values } : candidate)));
  const about = action.text.trim() || `${t('actions.title')} ${number}`;
  const actionId = action.id;
  const setLevel = useCallback(
    (level: Confidentiality) => actionsUpdater(update)((all) => all.map((candidate) => (candidate.id === actionId ? { ...candidate, level } : candidate))),
    [actionId, update],
  );

  return (
    <Box pl="sm" style={{ borderLeft: `3px solid var(--mantine-color-${LEVEL_COLOR[action.level]}-5)` }} data-level={action.level} data-entry-key={`action:${action.id}`}>
      <Group gap="sm" wrap="nowrap">
        <Checkbox
          aria-label={`${t('actions.done')}: ${about}`}
          checked={action.status === 'done'}
          onChange={(event) => patch({ status: event.currentTarget.checked ? 'done' : 'open' })}
        />
        <TextInput
          aria-label={t('actions.text')}
          placeholder={t('actions.text')}
          value={action.text}
          autoFocus={autoFocus}
          onChange={(event) => patch({ text: event.currentTarget.value })}
          onKeyDown={oneLineEntryKeys(onEnter)}
          style={{ flex: 1 }}
        />
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`${t('actions.remove')}: ${about}`}
          onClick={() => removeEntryWithUndo(setActions, { findIndex: byId(action.id), noticeId: action.id, message: t('removed.action', { text: about }), undoLabel: t('removed.undo') })}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      {/* Who, when and who may read it on a line of their own, so the action's text keeps the width. */}
      <Group gap="sm" mt={6} ml={32} wrap="wrap">
        <Select
          aria-label={`${t('actions.owner')}: ${about}`}
          leftSection={<IconUser size={14} />}
          w={210}
          size="xs"
          data={owners}
          value={ownerValue(action.owner)}
          onChange={(value) => value && patch({ owner: ownerFrom(value) })}
          allowDeselect={false}
          searchable
        />
        <DatePickerInput
          aria-label={`${t('actions.due')}: ${about}`}
          leftSection={<IconCalendar size={14} />}
          w={160}
          size="xs"
          value={action.due}
          valueFormat="D. MMM YYYY"
          onChange={(value) => value && patch({ due: value })}
        />
        <LevelControl value={action.level} onChange={setLevel} about={about} />
      </Group>
    </Box>
  );
});
