// Notes per agenda item: each item holds one or more passages, each with its own level, so one passage can stay in
// the room while the rest is shared. Passages are memoised rows: typing in one redraws that passage alone.
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesAgendaItem } from '../../../../src-main/api/operations/minutes';
import { NEW_ENTRY_LEVEL, type Confidentiality, type ItemNote } from '../../../../src-main/domain/minutes-model';
import { TitledSection } from '../../ui/titled-section';
import { byId, removeEntryWithUndo } from './entry-removal';
import { LEVEL_COLOR, LevelControl } from './level-control';
import { GENERAL_ITEM_ID, newEntityId, type DraftUpdate } from './minutes-draft';
import { RichTextField } from './rich-text-field';

interface NotesSectionProps {
  headings: readonly MinutesAgendaItem[];
  notes: readonly ItemNote[];
  update: DraftUpdate;
}

type NotesChange = (change: (notes: ItemNote[]) => ItemNote[]) => void;

function notesUpdater(update: DraftUpdate): NotesChange {
  return (change) => update((current) => ({ ...current, minutes: { ...current.minutes, notes: change(current.minutes.notes) } }));
}

export const NotesSection = memo(function NotesSection({ headings, notes, update }: NotesSectionProps) {
  const { t } = useTranslation('minutes');
  // The passage just added gets the cursor, so the facilitator types straight on.
  const [justAdded, setJustAdded] = useState<string | null>(null);

  return (
    <TitledSection headingId="notes-heading" title={t('notes.title')} gap="md">
      {headings.length === 1 && headings[0]?.id === GENERAL_ITEM_ID && (
        <Text size="sm" c="dimmed">
          {t('notes.generalHint')}
        </Text>
      )}
      {headings.map((item) => (
        <NoteItemCard key={item.id} item={item} passages={notes.filter((note) => note.agendaItemId === item.id)} justAdded={justAdded} onAdded={setJustAdded} update={update} />
      ))}
    </TitledSection>
  );
});

interface NoteItemCardProps {
  item: MinutesAgendaItem;
  passages: readonly ItemNote[];
  justAdded: string | null;
  onAdded: (id: string) => void;
  update: DraftUpdate;
}

/** One agenda item's notes. Redrawn only when one of its own passages changed, not when another item's did. */
const NoteItemCard = memo(function NoteItemCard({ item, passages, justAdded, onAdded, update }: NoteItemCardProps) {
  const { t } = useTranslation('minutes');
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={item.title} data-entry-key={`item:${item.id}`}>
      <Group gap="xs" mb="xs">
        {item.startTime && (
          <Badge variant="light" color="gray" radius="sm">
            {item.startTime}
          </Badge>
        )}
        <Text fw={600}>{item.title}</Text>
      </Group>
      <Stack gap="md">
        {passages.map((note, index) => (
          <NotePassage
            key={note.id}
            note={note}
            label={passages.length > 1 ? `${t('notes.label', { item: item.title })} (${index + 1})` : t('notes.label', { item: item.title })}
            removable={passages.length > 1}
            autoFocus={note.id === justAdded}
            update={update}
          />
        ))}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => {
              const id = newEntityId();
              onAdded(id);
              notesUpdater(update)((all) => [...all, { id, agendaItemId: item.id, text: '', level: NEW_ENTRY_LEVEL.note }]);
            }}
            aria-label={`${t('notes.addPassage')}: ${item.title}`}
          >
            {t('notes.addPassage')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}, sameCard);

function sameCard(before: NoteItemCardProps, after: NoteItemCardProps): boolean {
  return (
    before.item === after.item &&
    before.update === after.update &&
    before.onAdded === after.onAdded &&
    before.justAdded === after.justAdded &&
    before.passages.length === after.passages.length &&
    before.passages.every((note, index) => note === after.passages[index])
  );
}

interface NotePassageProps {
  note: ItemNote;
  label: string;
  removable: boolean;
  autoFocus: boolean;
  update: DraftUpdate;
}

const NotePassage = memo(function NotePassage({ note, label, removable, autoFocus, update }: NotePassageProps) {
  const { t } = useTranslation('minutes');
  const setNotes = notesUpdater(update);
  const patch = (values: Partial<ItemNote>) => setNotes((all) => all.map((candidate) => (candidate.id === note.id ? { ...candidate, ...values } : candidate)));
  const noteId = note.id;
  const setLevel = useCallback(
    (level: Confidentiality) => notesUpdater(update)((all) => all.map((candidate) => (candidate.id === noteId ? { ...candidate, level } : candidate))),
    [update, noteId],
  );

  return (
    <Stack gap={6} pl="sm" style={{ borderLeft: `3px solid var(--mantine-color-${LEVEL_COLOR[note.level]}-5)` }} data-level={note.level} data-entry-key={`note:${note.id}`}>
      <Group justify="space-between" gap="xs">
        <LevelControl value={note.level} onChange={setLevel} about={label} />
        {removable && (
          <Tooltip label={t('notes.removePassage')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`${t('notes.removePassage')}: ${label}`}
              onClick={() => removeEntryWithUndo(setNotes, { findIndex: byId(note.id), noticeId: note.id, message: t('removed.passage'), undoLabel: t('removed.undo') })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <RichTextField label={label} value={note.text} onChange={(text) => patch({ text })} autoFocus={autoFocus} />
    </Stack>
  );
});
