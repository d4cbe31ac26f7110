// The item on now: its title, a big countdown of its planned time plus extensions, and the time it has used.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { elapsedSeconds, secondsLeft } from '../../../../src-main/domain/live-meeting';
import type { LiveItem } from '../../../../src-main/domain/live-meeting-model';
import type { LiveAgendaItem } from '../../../../src-main/api/operations/live';
import { clockText } from './clock-text';

export function countdownColour(seconds: number): string {
  if (seconds < 0) return 'red';
  return seconds < 60 ? 'orange' : 'bright';
}

interface ItemClockProps {
  item: LiveAgendaItem;
  record: LiveItem;
  now: string;
  /** The projector shows the clock larger and without the facilitator's details. */
  large?: boolean;
}

export function ItemClock({ item, record, now, large = false }: ItemClockProps) {
  const { t } = useTranslation('liveMeeting');
  const left = secondsLeft(record, item.durationMinutes, now);
  return (
    <Paper withBorder radius="md" p={large ? 'xl' : 'lg'} bg="var(--mantine-color-blue-light)" style={{ borderColor: 'var(--mantine-color-blue-outline)', borderWidth: 2 }}>
      <Stack gap={4}>
        <Text size="xs" tt="uppercase" fw={700} c="blue">
          {t('currentItem')}
        </Text>
        <Title order={large ? 1 : 2} data-testid="live-current-title">
          {item.title}
        </Title>
        <Group align="baseline" gap="sm">
          <Text
            fz={large ? 120 : 56}
            fw={800}
            lh={1}
            c={countdownColour(left)}
            data-testid="live-countdown"
            style={{ fontVariantNumeric: 'tabular-nums' }}
            aria-live="off"
          >
            {clockText(left)}
          </Text>
          <Text size={large ? 'xl' : 'md'} c={left < 0 ? 'red' : 'dimmed'} fw={600}>
            {left < 0 ? t('overTime') : t('timeLeft')}
          </Text>
        </Group>
        {!large && (
          <Group gap="xs">
            <Badge variant="light" color="gray">
              {t('plannedMinutes', { minutes: item.durationMinutes })}
            </Badge>
            {record.extensionMinutes > 0 && (
              <Badge variant="light" color="orange" data-testid="live-extension">
                {t('extended', { minutes: record.extensionMinutes })}
              </Badge>
            )}
            <Badge variant="light" color="blue">
              {t('used', { time: clockText(elapsedSeconds(record, now)) })}
            </Badge>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
