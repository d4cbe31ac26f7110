// One line of the directory: name, job, topics; pressing it opens the speaker's details.
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Speaker } from '../../../../src-main/domain/model';

export const SPEAKER_ROW_HEIGHT = 64;
const SHOWN_TOPICS = 3;

export function SpeakerRow({ speaker, onOpen }: { speaker: Speaker; onOpen: (speaker: Speaker) => void }) {
  const job = [speaker.title, speaker.organisation].filter((part) => part !== '').join(', ');
  return (
    <UnstyledButton
      onClick={() => onOpen(speaker)}
      w="100%"
      h={SPEAKER_ROW_HEIGHT}
      px="md"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      className="speaker-row"
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" truncate>
            {speaker.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {job}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          {speaker.topics.slice(0, SHOWN_TOPICS).map((topic) => (
            <Badge key={topic} variant="light" size="sm">
              {topic}
            </Badge>
          ))}
          {speaker.topics.length > SHOWN_TOPICS && (
            <Badge variant="outline" size="sm" color="gray">
              +{speaker.topics.length - SHOWN_TOPICS}
            </Badge>
          )}
        </Group>
      </Group>
    </UnstyledButton>
  );
}
