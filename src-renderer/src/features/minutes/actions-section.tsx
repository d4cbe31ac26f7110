// The actions agreed at this meeting (what, who, when, done), and the open actions carried from earlier meetings.
import { ActionIcon, Box, Button, Checkbox, Group, Select, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconPlus, IconTrash, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionDraft, MinutesPerson } from '../../../../src-main/api/operations/minutes';
import type { ActionOwner } from '../../../../src-main/domain/minutes-model';
import { TitledSection } from '../../ui/titled-section';
import { LEVEL_COLOR, LevelControl } from './level-control';
import { newEntityId, type DraftUpdate } from './minutes-draft';

const FACILITATOR = 'facilitator';

export function ownerValue(owner: ActionOwner): string {
  return owner.kind === 'facilitator' ? FACILITATOR : owner.memberId;
}

function ownerFrom(value: string): ActionOwner {
  return value === FACILITATOR ? { kind: 'facilitator' } : { kind: 'member', memberId: value };
}

interface ActionsSectionProps {
  actions: readonly ActionDraft[];
  members: readonly MinutesPerson[];
  defaultDue: string;
  update: DraftUpdate;
}

export function ActionsSection({ actions, members, defaultDue, update }: ActionsSectionProps) {
  const { t } = useTranslation('minutes');
  const setActions = (change: (all: ActionDraft[]) => ActionDraft[]) => update((current) => ({ ...current, actions: change(current.actions) }));
  const patch = (id: string, values: Partial<ActionDraft>) => setActions((all) => all.map((action) => (action.id === id ? { ...action, ...values } : action)));
  const owners = [{ value: FACILITATOR, label: t('actions.facilitator') }, ...members.map((member) => ({ value: member.id, label: member.name }))];

  return (
    <TitledSection headingId="actions-heading" title={t('actions.title')}>
      {actions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('actions.empty')}
        </Text>
      )}
      {actions.map((action, index) => {
        const about = action.text.trim() || `${t('actions.title')} ${index + 1}`;
        return (
          <Box key={action.id} pl="sm" style={{ borderLeft: `3px solid var(--mantine-color-${LEVEL_COLOR[action.level]}-5)` }} data-level={action.level}>
            <Group gap="sm" wrap="nowrap">
              <Checkbox
                aria-label={`${t('actions.done')}: ${about}`}
                checked={action.status === 'done'}
                onChange={(event) => patch(action.id, { status: event.currentTarget.checked ? 'done' : 'open' })}
              />
              <TextInput aria-label={t('actions.text')} placeholder={t('actions.text')} value={action.text} onChange={(event) => patch(action.id, { text: event.currentTarget.value })} style={{ flex: 1 }} />
              <ActionIcon variant="subtle" color="gray" aria-label={`${t('actions.remove')}: ${about}`} onClick={() => setActions((all) => all.filter((candidate) => candidate.id !== action.id))}>
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
                onChange={(value) => value && patch(action.id, { owner: ownerFrom(value) })}
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
                onChange={(value) => value && patch(action.id, { due: value })}
              />
              <LevelControl value={action.level} onChange={(level) => patch(action.id, { level })} about={about} />
            </Group>
          </Box>
        );
      })}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => setActions((all) => [...all, { id: newEntityId(), text: '', owner: { kind: 'facilitator' }, due: defaultDue, status: 'open', level: 'members' }])}
        >
          {t('actions.add')}
        </Button>
      </Group>
    </TitledSection>
  );
}
