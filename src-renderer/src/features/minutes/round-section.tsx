// The check-in or closing round: one short entry per member, each with its own confidentiality level.
import { Box, Group, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesPerson } from '../../../../src-main/api/operations/minutes';
import type { RoundEntry } from '../../../../src-main/domain/minutes-model';
import { TitledSection } from '../../ui/titled-section';
import { LEVEL_COLOR, LevelControl } from './level-control';
import type { DraftUpdate } from './minutes-draft';

interface RoundSectionProps {
  round: 'checkInRound' | 'closingRound';
  entries: readonly RoundEntry[];
  members: readonly MinutesPerson[];
  /** Members marked absent or excused have no entry to give, unless they already have one. */
  absentIds: ReadonlySet<string>;
  update: DraftUpdate;
  /** Extra per-entry action, e.g. suggesting a theme from the closing round. */
  entryAction?: (member: MinutesPerson, entry: RoundEntry) => ReactNode;
}

export function RoundSection({ round, entries, members, absentIds, update, entryAction }: RoundSectionProps) {
  const { t } = useTranslation('minutes');
  const nameOf = new Map(members.map((member) => [member.id, member]));
  const headingId = `${round}-heading`;
  const roundTitle = t(round === 'checkInRound' ? 'rounds.checkIn' : 'rounds.closing');

  const change = (memberId: string, patch: Partial<RoundEntry>) =>
    update((current) => ({
      ...current,
      minutes: {
        ...current.minutes,
        [round]: current.minutes[round].map((entry) => (entry.memberId === memberId ? { ...entry, ...patch } : entry)),
      },
    }));

  const shown = entries.filter((entry) => !absentIds.has(entry.memberId) || entry.text.trim() !== '');
  return (
    <TitledSection headingId={headingId} title={roundTitle} gap="xs">
      <Text size="sm" c="dimmed">
        {t('rounds.hint')}
      </Text>
      {shown.map((entry) => {
        const member = nameOf.get(entry.memberId);
        const name = member?.name ?? '—';
        const label = t('rounds.entryLabel', { round: roundTitle, name });
        return (
          <Box key={entry.memberId} pl="sm" style={{ borderLeft: `3px solid var(--mantine-color-${LEVEL_COLOR[entry.level]}-5)` }} data-level={entry.level}>
            <Group gap="sm" wrap="nowrap" align="center">
              <Text size="sm" fw={500} w={170} truncate="end" title={name}>
                {name}
              </Text>
              <TextInput
                aria-label={label}
                value={entry.text}
                onChange={(event) => change(entry.memberId, { text: event.currentTarget.value })}
                style={{ flex: 1 }}
                size="sm"
              />
              <LevelControl value={entry.level} onChange={(level) => change(entry.memberId, { level })} about={label} />
              {member && entryAction?.(member, entry)}
            </Group>
          </Box>
        );
      })}
    </TitledSection>
  );
}
