// The day's programme re-timed from what really happened: each item's planned time beside its real or expected time,
// the item on now highlighted. The projector shows the same list, so it holds titles and times only.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDateTime } from '../../../../src-main/domain/agenda-timing';
import type { LiveItemState, RetimedItem } from '../../../../src-main/domain/live-meeting-timing';
import type { LiveAgendaItem } from '../../../../src-main/api/operations/live';

const later = (a: LocalDateTime, b: LocalDateTime) => `${a.date}T${a.time}` > `${b.date}T${b.time}`;

const STATE_COLOUR: Record<LiveItemState, string> = { upcoming: 'gray', current: 'blue', done: 'teal', parked: 'orange', skipped: 'gray' };

// Memoised: the clocks redraw every second, while the programme only changes when a minute turns or a step is taken.
export const DayTimeline = memo(function DayTimeline({ items, size = 'sm' }: { items: readonly RetimedItem<LiveAgendaItem>[]; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation('liveMeeting');
  return (
    <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map(({ item, state, planned, expected }) => {
        const current = state === 'current';
        return (
          <Paper
            key={item.id}
            component="li"
            withBorder
            radius="sm"
            px="sm"
            py={6}
            aria-current={current ? 'step' : undefined}
            bg={current ? 'var(--mantine-color-blue-light)' : undefined}
            style={current ? { borderColor: 'var(--mantine-color-blue-outline)', borderWidth: 2 } : undefined}
          >
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size={size} fw={current ? 700 : 500} c={state === 'done' || state === 'skipped' ? 'dimmed' : undefined} lineClamp={2}>
                {item.title}
              </Text>
              <Badge size={size} variant={current ? 'filled' : 'light'} color={STATE_COLOUR[state]} style={{ flexShrink: 0 }}>
                {t(`states.${state}`)}
              </Badge>
            </Group>
            <Group gap="md">
              <Text size="xs" c="dimmed">
                {t('planned', { start: planned.start.time, end: planned.end.time })}
              </Text>
              {expected && state !== 'done' && state !== 'parked' ? (
                <Text size="xs" fw={600} c={later(expected.end, planned.end) ? 'red' : 'teal'}>
                  {t('expected', { start: expected.start.time, end: expected.end.time })}
                </Text>
              ) : expected ? (
                <Text size="xs" c="dimmed">
                  {expected.start.time}–{expected.end.time}
                </Text>
              ) : null}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
});

/** The warning that the day will run over, or the quiet line saying it fits. */
export function OverrunLine({ overrunMinutes, expectedEnd, plannedEnd }: { overrunMinutes: number; expectedEnd: string; plannedEnd: string }) {
  const { t } = useTranslation('liveMeeting');
  if (overrunMinutes > 0) {
    return (
      <Paper role="alert" radius="sm" px="md" py="xs" bg="var(--mantine-color-red-filled)" c="white" fw={700} data-testid="live-overrun">
        {t('overrun', { minutes: overrunMinutes, end: expectedEnd, planned: plannedEnd })}
      </Paper>
    );
  }
  return (
    <Text size="sm" c="teal" fw={600} data-testid="live-on-time">
      {t('onTime', { end: expectedEnd })}
    </Text>
  );
}
