// Notes per agenda item: each item holds one or more passages, each with its own level, so one passage can stay in
// the room while the rest is shared.
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MinutesAgendaItem } from '../../../../src-main/api/operations/minutes';
import type { ItemNote } from '../../../../src-main/domain/minutes-model';
import { TitledSection } from '../../ui/titled-section';
import { LEVEL_COLOR, LevelControl } from './level-control';
import { GENERAL_ITEM_ID, newEntityId, type DraftUpdate } from './minutes-draft';
import { RichTextField } from './rich-text-field';

interface NotesSectionProps {
  headings: readonly MinutesAgendaItem[];
  notes: readonly ItemNote[];
  update: DraftUpdate;
}

export function NotesSection({ headings, notes, update }: NotesSectionProps) {
  const { t } = useTranslation('minutes');
  const setNotes = (change: (notes: ItemNote[]) => ItemNote[]) =>
    update((current) => ({ ...current, minutes: { ...current.minutes, notes: change(current.minutes.notes) } }));
  const patch = (id: string, values: Partial<ItemNote>) => setNotes((all) => all.map((note) => (note.id === id ? { ...note, ...values } : note)));

  return (
    <TitledSection headingId="notes-heading" title={t('notes.title')} gap="md">
      {headings.length === 1 && headings[0]?.id === GENERAL_ITEM_ID && (
        <Text size="sm" c="dimmed">
          {t('notes.generalHint')}
        </Text>
      )}
      {headings.map((item) => {
        const passages = notes.filter((note) => note.agendaItemId === item.id);
        return (
          <Paper key={item.id} withBorder radius="md" p="md" role="group" aria-label={item.title}>
            <Group gap="xs" mb="xs">
              {item.startTime && (
                <Badge variant="light" color="gray" radius="sm">
                  {item.startTime}
                </Badge>
              )}
              <Text fw={600}>{item.title}</Text>
            </Group>
            <Stack gap="md">
              {passages.map((note, index) => {
                const label = passages.length > 1 ? `${t('notes.label', { item: item.title })} (${index + 1})` : t('notes.label', { item: item.title });
                return (
                  <Stack
                    key={note.id}
                    gap={6}
                    pl="sm"
                    style={{ borderLeft: `3px solid var(--mantine-color-${LEVEL_COLOR[note.level]}-5)` }}
                    data-level={note.level}
                  >
                    <Group justify="space-between" gap="xs">
                      <LevelControl value={note.level} onChange={(level) => patch(note.id, { level })} about={label} />
                      {passages.length > 1 && (
                        <Tooltip label={t('notes.removePassage')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`${t('notes.removePassage')}: ${label}`}
                            onClick={() => setNotes((all) => all.filter((candidate) => candidate.id !== note.id))}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                    <RichTextField label={label} value={note.text} onChange={(text) => patch(note.id, { text })} />
                  </Stack>
                );
              })}
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setNotes((all) => [...all, { id: newEntityId(), agendaItemId: item.id, text: '', level: 'members' }])}
                  aria-label={`${t('notes.addPassage')}: ${item.title}`}
                >
                  {t('notes.addPassage')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </TitledSection>
  );
}
