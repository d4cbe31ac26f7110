// The round-table conductor for the check-in and closing rounds: the speaking order, the speaker's own clock,
// "passed" and "absent", and the speaker's line for the minutes.
import { Badge, Button, Group, Kbd, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SECONDS_PER_PERSON, type LiveItem, type RoundOrder } from '../../../../src-main/domain/live-meeting-model';
import { currentSpeaker, roundIsOver, speakerSecondsLeft } from '../../../../src-main/domain/live-meeting-rounds';
import type { LiveView } from '../../../../src-main/api/operations/live';
import { clockText } from './clock-text';
import { countdownColour } from './item-clock';
import { RoundLine } from './round-line';
import { SecondsPerPerson } from './seconds-per-person';
import type { MeetingRef } from './use-live-commands';

interface RoundConductorProps {
  meeting: MeetingRef;
  view: LiveView;
  record: LiveItem;
  round: 'checkInRound' | 'closingRound';
  now: string;
  order: RoundOrder;
  onOrderChange: (order: RoundOrder) => void;
  onStart: () => void;
  onAdvance: (outcome: 'spoke' | 'passed' | 'absent') => void;
  onBack: () => void;
  onSecondsPerPerson: (seconds: number) => void;
}

export function RoundConductor(props: RoundConductorProps) {
  const { meeting, view, record, round, now, order, onOrderChange, onStart, onAdvance, onBack, onSecondsPerPerson } = props;
  const { t } = useTranslation('liveMeeting');
  const state = record.round;
  const name = (memberId: string) => view.names[memberId] ?? memberId;
  const secondsPerPerson = view.live?.secondsPerPerson ?? DEFAULT_SECONDS_PER_PERSON;
  const heading = (
    <Group justify="space-between" align="flex-end">
      <Title order={4}>{t('round.title')}</Title>
      <SecondsPerPerson seconds={secondsPerPerson} onChange={onSecondsPerPerson} />
    </Group>
  );

  if (!state) {
    return (
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          {heading}
          <SegmentedControl
            aria-label={t('round.orderLabel')}
            value={order}
            onChange={(value) => onOrderChange(value as RoundOrder)}
            data={[
              { value: 'attendance', label: t('round.orderAttendance') },
              { value: 'shuffled', label: t('round.orderShuffled') },
            ]}
          />
          <Button onClick={onStart} rightSection={<Kbd size="xs">R</Kbd>} data-testid="live-round-start" style={{ alignSelf: 'flex-start' }}>
            {t('round.start')}
          </Button>
        </Stack>
      </Paper>
    );
  }

  const speaker = currentSpeaker(state);
  const left = speakerSecondsLeft(state, secondsPerPerson, now);
  return (
    <Paper withBorder radius="md" p="md" data-testid="live-round">
      <Stack gap="sm">
        {heading}
        {state.order.length === 0 && <Text c="dimmed">{t('round.nobodyPresent')}</Text>}
        {speaker !== undefined && left !== null ? (
          <>
            <Group align="baseline" gap="md">
              <Text size="sm" c="dimmed">
                {t('round.speaking')}
              </Text>
              <Text fz={28} fw={700} data-testid="live-speaker">
                {name(speaker)}
              </Text>
              <Text fz={28} fw={800} c={countdownColour(left)} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="live-speaker-clock">
                {clockText(left)}
              </Text>
            </Group>
            <RoundLine
              key={`${record.agendaItemId}:${speaker}`}
              meeting={meeting}
              agendaItemId={record.agendaItemId}
              memberId={speaker}
              name={name(speaker)}
              savedText={view.roundLines[round][speaker] ?? ''}
              onNextSpeaker={() => onAdvance('spoke')}
            />
            <Group gap="xs">
              <Button size="xs" onClick={() => onAdvance('spoke')} rightSection={<Kbd size="xs">↓</Kbd>}>
                {t('round.next')}
              </Button>
              <Button size="xs" variant="light" onClick={() => onAdvance('passed')} rightSection={<Kbd size="xs">S</Kbd>}>
                {t('round.passed')}
              </Button>
              <Button size="xs" variant="light" color="orange" onClick={() => onAdvance('absent')} rightSection={<Kbd size="xs">F</Kbd>}>
                {t('round.absent')}
              </Button>
              <Button size="xs" variant="subtle" onClick={onBack} disabled={state.currentIndex === 0} rightSection={<Kbd size="xs">↑</Kbd>}>
                {t('round.back')}
              </Button>
            </Group>
          </>
        ) : (
          roundIsOver(state) && state.order.length > 0 && <Text fw={600} c="teal" data-testid="live-round-over">{t('round.over')}</Text>
        )}
        <SpeakingOrder order={state.order} currentIndex={state.currentIndex} outcomes={state.outcomes} name={name} />
      </Stack>
    </Paper>
  );
}

interface SpeakingOrderProps {
  order: readonly string[];
  currentIndex: number;
  outcomes: Partial<Record<string, 'spoke' | 'passed' | 'absent'>>;
  name: (memberId: string) => string;
  size?: 'sm' | 'lg';
}

const OUTCOME_COLOUR = { spoke: 'teal', passed: 'gray', absent: 'orange' } as const;

/** The order of speakers with how each turn ended; the projector shows it too (names only). */
export function SpeakingOrder({ order, currentIndex, outcomes, name, size = 'sm' }: SpeakingOrderProps) {
  const { t } = useTranslation('liveMeeting');
  return (
    <Group gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }} data-testid="live-speaking-order">
      {order.map((memberId, index) => {
        const outcome = outcomes[memberId];
        const current = index === currentIndex;
        return (
          <Badge
            key={memberId}
            component="li"
            size={size === 'lg' ? 'xl' : 'md'}
            radius="sm"
            variant={current ? 'filled' : 'light'}
            color={current ? 'blue' : outcome ? OUTCOME_COLOUR[outcome] : 'gray'}
            aria-current={current ? 'true' : undefined}
            title={outcome ? t(`round.outcomes.${outcome}`) : t('round.waiting')}
            style={{ textTransform: 'none', textDecoration: outcome === 'absent' ? 'line-through' : undefined }}
          >
            {index + 1}. {name(memberId)}
          </Badge>
        );
      })}
    </Group>
  );
}
