// The check-in or closing round: one short entry per member, each with its own confidentiality level.
// Each member's line is its own memoised row, so typing redraws that row alone, not the round or the editor.
import { Box, Group, Text, TextInput } from '@mantine/core';
import { memo, useCallback, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesPerson } from '../../../../src-main/api/operations/minutes';
import type { Confidentiality, RoundEntry } from '../../../../src-main/domain/minutes-model';
import { TitledSection } from '../../ui/titled-section';
import { useProgressiveCount } from '../../ui/use-progressive-count';
import { oneLineEntryKeys } from './entry-keys';
import { LEVEL_COLOR, LevelControl } from './level-control';
import type { DraftUpdate } from './minutes-draft';

type Round = 'checkInRound' | 'closingRound';

interface RoundSectionProps {
  round: Round;
  entries: readonly RoundEntry[];
  members: readonly MinutesPerson[];
  /** Members marked absent or excused have no entry to give, unless they already have one. */
  absentIds: ReadonlySet<string>;
  update: DraftUpdate;
  /** Extra per-entry action, e.g. suggesting a theme from the closing round. */
  entryAction?: (member: MinutesPerson) => ReactNode;
}

export const RoundSection = memo(function RoundSection({ round, entries, members, absentIds, update, entryAction }: RoundSectionProps) {
  const { t } = useTranslation('minutes');
  const list = useRef<HTMLDivElement>(null);
  const nameOf = new Map(members.map((member) => [member.id, member]));
  const headingId = `${round}-heading`;
  const roundTitle = t(round === 'checkInRound' ? 'rounds.checkIn' : 'rounds.closing');

  // Enter in one member's line goes on to the next member's, as the word goes round the table.
  const focusNext = useCallback((memberId: string) => {
    const fields = [...(list.current?.querySelectorAll<HTMLInputElement>('input[data-round-member]') ?? [])];
    const at = fields.findIndex((field) => field.dataset.roundMember === memberId);
    fields[at + 1]?.focus();
  }, []);

  const shown = entries.filter((entry) => !absentIds.has(entry.memberId) || entry.text.trim() !== '');
  // A group with hundreds of members on its roll gets its round drawn a batch per frame.
  const drawn = useProgressiveCount(shown.length);
  return (
    <TitledSection headingId={headingId} title={roundTitle} gap="xs">
      <Text size="sm" c="dimmed">
        {t('rounds.hint')}
      </Text>
      <Box ref={list} style={{ display: 'contents' }}>
        {shown.slice(0, drawn).map((entry) => {
          const member = nameOf.get(entry.memberId);
          return (
            <RoundEntryRow
              key={entry.memberId}
              round={round}
              entry={entry}
              member={member}
              roundTitle={roundTitle}
              update={update}
              onEnter={focusNext}
              entryAction={entryAction}
            />
          );
        })}
      </Box>
    </TitledSection>
  );
});

interface RoundEntryRowProps {
  round: Round;
  entry: RoundEntry;
  member: MinutesPerson | undefined;
  roundTitle: string;
  update: DraftUpdate;
  onEnter: (memberId: string) => void;
  entryAction?: (member: MinutesPerson) => ReactNode;
}

const RoundEntryRow = memo(function RoundEntryRow({ round, entry, member, roundTitle, update, onEnter, entryAction }: RoundEntryRowProps) {
  const { t } = useTranslation('minutes');
  const name = member?.name ?? '—';
  // Worked out in the row, so a keystroke in one line does not translate every other member's label again.
  const label = t('rounds.entryLabel', { round: roundTitle, name });
  const { memberId } = entry;
  const setLevel = useCallback(
    (level: Confidentiality) =>
      update((current) => ({
        ...current,
        minutes: { ...current.minutes, [round]: current.minutes[round].map((candidate) => (candidate.memberId === memberId ? { ...candidate, level } : candidate)) },
      })),
    [update, round, memberId],
  );
  const change = (patch: Partial<RoundEntry>) =>
    update((current) => ({
      ...current,
      minutes: {
        ...current.minutes,
        [round]: current.minutes[round].map((candidate) => (candidate.memberId === entry.memberId ? { ...candidate, ...patch } : candidate)),
      },
    }));

  return (
    <Box pl="sm" style={{ borderLeft: `3px solid var(--mantine-color-${LEVEL_COLOR[entry.level]}-5)` }} data-level={entry.level} data-entry-key={`${round}:${entry.memberId}`}>
      <Group gap="sm" wrap="nowrap" align="center">
        <Text size="sm" fw={500} w={170} truncate="end" title={name}>
          {name}
        </Text>
        <TextInput
          aria-label={label}
          data-round-member={entry.memberId}
          value={entry.text}
          onChange={(event) => change({ text: event.currentTarget.value })}
          onKeyDown={oneLineEntryKeys(() => onEnter(entry.memberId))}
          style={{ flex: 1 }}
          size="sm"
        />
        <LevelControl value={entry.level} onChange={setLevel} about={label} />
        {member && entryAction?.(member)}
      </Group>
    </Box>
  );
});
