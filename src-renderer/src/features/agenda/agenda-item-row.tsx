// One agenda item: its computed time, kind, title, duration, who is responsible, the linked talk, notes, and moving it.
// One line per item, so a day's agenda fits on the screen: the talk's invitation and the notes take a second line only
// when the item is a talk or has notes (or the facilitator asks for a note).
import { ActionIcon, Badge, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconNote, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaEditorData } from '../../../../src-main/api/operations/agenda';
import { agendaItemKindSchema, MAX_ITEM_MINUTES, type AgendaItem } from '../../../../src-main/domain/agenda-model';
import type { ScheduledItem } from '../../../../src-main/domain/agenda-timing';
import { responsibleFromKey, responsibleKey } from './agenda-items';

/** Options drawn at once in the responsible picker: the facilitator and every member of a group, and the first speakers. */
const RESPONSIBLE_OPTIONS_SHOWN = 40;

interface AgendaItemRowProps {
  scheduled: ScheduledItem<AgendaItem>;
  index: number;
  count: number;
  meetingDate: string;
  people: Pick<AgendaEditorData, 'members' | 'speakers' | 'invitations'>;
  onChange: (item: AgendaItem) => void;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDrop: () => void;
}

export function AgendaItemRow({ scheduled, index, count, meetingDate, people, onChange, onMove, onRemove, onDragStart, onDrop }: AgendaItemRowProps) {
  const { t } = useTranslation('agenda');
  const { item, start, end } = scheduled;
  const set = <K extends keyof AgendaItem>(key: K, value: AgendaItem[K]) => onChange({ ...item, [key]: value });
  const label = t('item.label', { number: index + 1, title: item.title });
  const [notesAsked, setNotesAsked] = useState(false);
  const showNotes = notesAsked || item.notes !== '';
  const isTalk = item.kind === 'talk';

  // Who may be responsible: the group's members and thousands of speakers. Mantine's Select parses and indexes its
  // whole list when it mounts, so ten rows took ~54,000 options through it as the tab opened. A row offers only the
  // chosen person until the field is focused or opened, then everyone (kept from then on; typing finds anyone).
  const [choosing, setChoosing] = useState(false);
  const chosenKey = responsibleKey(item.responsible);
  const responsibleOptions = useMemo(() => {
    const fixed = { group: '', items: [{ value: 'none', label: t('responsible.none') }, { value: 'facilitator', label: t('responsible.facilitator') }] };
    const members = people.members.map((m) => ({ value: `member:${m.id}`, label: m.name }));
    const speakers = people.speakers.map((s) => ({ value: `speaker:${s.id}`, label: s.name }));
    const shown = (items: { value: string; label: string }[]) => (choosing ? items : items.filter((option) => option.value === chosenKey));
    return [
      fixed,
      ...(members.length ? [{ group: t('responsible.members'), items: shown(members) }] : []),
      ...(speakers.length ? [{ group: t('responsible.speakers'), items: shown(speakers) }] : []),
    ].filter((group) => group.items.length > 0);
  }, [choosing, chosenKey, people.members, people.speakers, t]);

  const moveByKeyboard = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  return (
    <Paper
      withBorder
      radius="md"
      px="sm"
      py={4}
      component="li"
      aria-label={label}
      onKeyDown={moveByKeyboard}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onDrop();
      }}
      style={{ listStyle: 'none' }}
    >
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <Tooltip label={t('item.dragHandle')} openDelay={400}>
          <div
            draggable
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', item.id);
              onDragStart();
            }}
            aria-hidden
            style={{ cursor: 'grab', paddingTop: 5, color: 'var(--mantine-color-dimmed)' }}
          >
            <IconGripVertical size={18} />
          </div>
        </Tooltip>
        <Stack gap={2} w={96} pt={4} style={{ flexShrink: 0 }}>
          <Text fw={700} size="sm" aria-label={t('item.time')} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {start.time}–{end.time}
          </Text>
          {start.date > meetingDate && (
            <Badge size="xs" variant="light" color="gray">
              {t('item.nextDay')}
            </Badge>
          )}
        </Stack>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Select
              aria-label={t('item.kind')}
              w={128}
              data={agendaItemKindSchema.options.map((kind) => ({ value: kind, label: t(`itemKind.${kind}`) }))}
              value={item.kind}
              onChange={(value) => value && set('kind', value as AgendaItem['kind'])}
              allowDeselect={false}
              size="xs"
            />
            <TextInput
              aria-label={t('item.title')}
              value={item.title}
              onChange={(event) => set('title', event.currentTarget.value)}
              error={item.title.trim() === '' ? t('item.titleRequired') : undefined}
              size="xs"
              style={{ flex: 1, minWidth: 0 }}
            />
            <NumberInput
              aria-label={t('item.minutes')}
              w={72}
              value={item.durationMinutes}
              min={0}
              max={MAX_ITEM_MINUTES}
              step={5}
              allowDecimal={false}
              clampBehavior="strict"
              onChange={(value) => set('durationMinutes', typeof value === 'number' ? value : 0)}
              size="xs"
            />
            <Select
              aria-label={t('item.responsible')}
              w={160}
              data={responsibleOptions}
              onFocus={() => setChoosing(true)}
              onDropdownOpen={() => setChoosing(true)}
              value={chosenKey}
              onChange={(value) => set('responsible', responsibleFromKey(value ?? 'none'))}
              allowDeselect={false}
              searchable
              // A group's card index can hold thousands of speakers: every row drew them all as options on each
              // render (54,000 options per commit with 10 items, seconds per reorder). Typing finds anyone.
              limit={RESPONSIBLE_OPTIONS_SHOWN}
              size="xs"
            />
          </Group>
          {(isTalk || showNotes) && (
            <Group gap="xs" align="flex-start" wrap="nowrap">
              {isTalk && (
                <Select
                  aria-label={t('item.invitation')}
                  w={260}
                  data={[{ value: '', label: t('item.noInvitation') }, ...people.invitations.map((invitation) => ({ value: invitation.id, label: invitation.topic ? `${invitation.speakerName}: ${invitation.topic}` : invitation.speakerName }))]}
                  value={item.invitationId ?? ''}
                  onChange={(value) => {
                    const { invitationId: _dropped, ...rest } = item;
                    onChange(value ? { ...rest, invitationId: value } : rest);
                  }}
                  allowDeselect={false}
                  size="xs"
                />
              )}
              {showNotes && (
                <Textarea
                  aria-label={t('item.notes')}
                  placeholder={t('item.notes')}
                  value={item.notes}
                  onChange={(event) => set('notes', event.currentTarget.value)}
                  // Asked for with the note button: the cursor goes where the note will be written.
                  autoFocus={notesAsked && item.notes === ''}
                  autosize
                  minRows={1}
                  maxRows={6}
                  size="xs"
                  style={{ flex: 1, minWidth: 0 }}
                />
              )}
            </Group>
          )}
        </Stack>
        <Group gap={0} wrap="nowrap" pt={2}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`${t('item.addNotes')}: ${item.title}`}
            aria-expanded={showNotes}
            disabled={item.notes !== ''}
            onClick={() => setNotesAsked((asked) => !asked)}
          >
            <IconNote size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" aria-label={`${t('item.moveUp')}: ${item.title}`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" aria-label={`${t('item.moveDown')}: ${item.title}`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`${t('item.remove')}: ${item.title}`} onClick={onRemove}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  );
}
