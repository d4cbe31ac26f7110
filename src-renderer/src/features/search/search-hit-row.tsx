// One search hit: what kind of entry, its confidentiality (an "in the room" entry always says so), the group and the
// meeting, then who or what it is about and the words around the match, the matched words marked.
import { Badge, Group, Mark, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../src-main/api/operations/search';
import type { Confidentiality } from '../../../../src-main/domain/minutes-model';
import type { Language } from '../../../../src-main/domain/model';
import type { SnippetPart } from '../../../../src-main/domain/search-snippet';
import { formatShortDate } from '../../i18n/dates';

/** The minutes' colours: red stays in the room, blue is for members, green may be shared. */
const LEVEL_COLOR: Record<Confidentiality, string> = { room: 'red', members: 'blue', shareable: 'green' };

function Marked({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          <Mark key={index} color="yellow">
            {part.text}
          </Mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

interface SearchHitRowProps {
  hit: SearchHit;
  onOpen: (hit: SearchHit) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

export const SearchHitRow = memo(function SearchHitRow({ hit, onOpen, onKeyDown }: SearchHitRowProps) {
  const { t, i18n } = useTranslation('search');
  const language = i18n.language as Language;
  const kind = hit.kind === 'roundEntry' && hit.round ? t(`rounds.${hit.round}`) : t(`kinds.${hit.kind}`);
  const meeting = hit.meetingDate ? t('meetingOn', { date: formatShortDate(hit.meetingDate, language) }) : null;
  const hasTitle = hit.title.length > 0;

  return (
    <li>
      <UnstyledButton
        data-search-hit
        w="100%"
        onClick={() => onOpen(hit)}
        onKeyDown={onKeyDown}
        aria-label={`${t('openResult', { kind: kind.toLowerCase(), group: hit.groupName })}${meeting ? `, ${meeting}` : ''}${hit.level === 'room' ? `, ${t('levels.room')}` : ''}`}
      >
        <Paper withBorder radius="md" p="sm" className="search-hit" data-level={hit.level ?? undefined}>
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Badge variant="light" color="gray" radius="sm">
                {kind}
              </Badge>
              {hit.level &&
                (hit.level === 'room' ? (
                  <Tooltip label={t('roomWarning')}>
                    <Badge variant="filled" color={LEVEL_COLOR.room} radius="sm" leftSection={<IconLock size={12} aria-hidden />}>
                      {t('levels.room')}
                    </Badge>
                  </Tooltip>
                ) : (
                  <Badge variant="light" color={LEVEL_COLOR[hit.level]} radius="sm">
                    {t(`levels.${hit.level}`)}
                  </Badge>
                ))}
              <Text size="sm" fw={500}>
                {hit.groupName}
              </Text>
              {meeting && (
                <Text size="sm" c="dimmed">
                  · {meeting}
                </Text>
              )}
            </Group>
            {hasTitle && (
              <Text fw={600} size="sm">
                <Marked parts={hit.title} />
              </Text>
            )}
            {hit.snippet.length > 0 && (
              <Text size="sm" c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }}>
                <Marked parts={hit.snippet} />
              </Text>
            )}
          </Stack>
        </Paper>
      </UnstyledButton>
    </li>
  );
});
