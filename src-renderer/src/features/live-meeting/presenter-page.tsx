// What the projector shows: the agenda re-timed, the item on now with its clock, and the speaking order. It is built
// from the presenter view, which carries no minutes and no notes, so nothing said in the room can appear on the wall.
import { Box, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLiveItem } from '../../../../src-main/domain/live-meeting';
import { currentSpeaker, roundIsOver, speakerSecondsLeft } from '../../../../src-main/domain/live-meeting-rounds';
import type { PresenterView } from '../../../../src-main/api/operations/live';
import { formatLongDate } from '../../i18n/dates';
import { QueryFallback } from '../../ui/query-state';
import { useApiQuery } from '../../use-api-query';
import { clockText } from './clock-text';
import { DayTimeline } from './day-timeline';
import { countdownColour, ItemClock } from './item-clock';
import type { PresenterRoute } from './presenter-route';
import { SpeakingOrder } from './round-conductor';
import { useNow } from './use-now';
import { useRetimedDay } from './use-retimed-day';

export function PresenterPage({ groupId, meetingId }: PresenterRoute) {
  const { t, i18n } = useTranslation('liveMeeting');
  const ref = useMemo(() => ({ groupId, meetingId }), [groupId, meetingId]);
  const view = useApiQuery('live.presenter', ref, (event) => event.type === 'groupChanged' && event.groupId === groupId);
  const language = view.data?.language;
  // The wall speaks the group's language, whatever the facilitator's screen is set to.
  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);
  useEffect(() => {
    document.title = t('presenterView.title');
  }, [t]);
  if (!view.data) return view.loading ? <Loader m="xl" /> : <QueryFallback query={view} failedTitle={t('loadFailed')} />;
  return <PresenterScreen view={view.data} />;
}

function PresenterScreen({ view }: { view: PresenterView }) {
  const { t, i18n } = useTranslation('liveMeeting');
  const now = useNow();
  const live = view.live;
  const forecast = useRetimedDay(view, now);
  const record = live ? currentLiveItem(live) : undefined;
  const item = record ? view.agenda.find((candidate) => candidate.id === record.agendaItemId) : undefined;
  const round = record?.round;
  const speaker = round && !roundIsOver(round) ? currentSpeaker(round) : undefined;
  const speakerLeft = round && live ? speakerSecondsLeft(round, live.secondsPerPerson, now) : null;
  const name = (memberId: string) => view.names[memberId] ?? '';

  return (
    <Box p="xl" mih="100vh" bg="var(--app-page-background)" data-testid="presenter">
      <Group justify="space-between" mb="lg">
        <Title order={2}>{view.groupName}</Title>
        <Text size="xl" c="dimmed">
          {formatLongDate(view.meeting.date, view.language)}
          {view.meeting.theme ? ` · ${view.meeting.theme}` : ''}
        </Text>
      </Group>
      <Group align="flex-start" gap="xl" wrap="nowrap">
        <Stack gap="lg" style={{ flex: 3 }}>
          {!live && <Title order={1}>{t('presenterView.notStarted')}</Title>}
          {live?.finishedAt && <Title order={1}>{t('presenterView.finished')}</Title>}
          {record && item && <ItemClock item={item} record={record} now={now} large />}
          {speaker !== undefined && speakerLeft !== null && (
            <Group align="baseline" gap="lg">
              <Text fz={40} fw={700} data-testid="presenter-speaker">
                {name(speaker)}
              </Text>
              <Text fz={40} fw={800} c={countdownColour(speakerLeft)} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {clockText(speakerLeft)}
              </Text>
            </Group>
          )}
          {round && round.order.length > 0 && (
            <Stack gap="xs">
              <Text fw={700} size="lg">
                {t('presenterView.speakingOrder')}
              </Text>
              <SpeakingOrder order={round.order} currentIndex={round.currentIndex} outcomes={round.outcomes} name={name} size="lg" />
            </Stack>
          )}
        </Stack>
        <Box style={{ flex: 2 }} lang={i18n.language}>
          <DayTimeline items={forecast.items} size="lg" />
        </Box>
      </Group>
    </Box>
  );
}
