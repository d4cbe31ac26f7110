// The facilitator's live screen for one meeting: the item on now with its countdown, the rounds, one-key captures,
// the day re-timed with its overrun warning, parked items, and after "Afslut" the pacing report.
import { Alert, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlayerPlay, IconPresentation } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveView } from '../../../../src-main/api/operations/live';
import { currentLiveItem } from '../../../../src-main/domain/live-meeting';
import type { RoundOrder } from '../../../../src-main/domain/live-meeting-model';
import { roundIsOver, roundOfItemKind } from '../../../../src-main/domain/live-meeting-rounds';
import type { Language } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { formatLongDate } from '../../i18n/dates';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { showUndoNotification } from '../../ui/undo-notification';
import { CaptureField, type CaptureKind } from './capture-field';
import { CapturedList } from './captured-list';
import { DayTimeline, OverrunLine } from './day-timeline';
import { ItemClock } from './item-clock';
import { KeyLegend } from './key-legend';
import { PacingReport } from './pacing-report';
import { ParkedItems } from './parked-items';
import { RoundConductor } from './round-conductor';
import { useLiveCommands, type MeetingRef } from './use-live-commands';
import { useLiveKeys } from './use-live-keys';
import { useNow } from './use-now';
import { useRetimedDay } from './use-retimed-day';

interface LiveMeetingBoardProps {
  meeting: MeetingRef;
  view: LiveView;
  onView: (view: LiveView) => void;
}

export function LiveMeetingBoard({ meeting, view, onView }: LiveMeetingBoardProps) {
  const { t, i18n } = useTranslation('liveMeeting');
  const { t: tApp } = useTranslation();
  const api = useApi();
  const now = useNow();
  const { run } = useLiveCommands(meeting, onView);
  const [capture, setCapture] = useState<CaptureKind | null>(null);
  const [order, setOrder] = useState<RoundOrder>('attendance');
  const live = view.live;
  const running = live !== null && live.finishedAt === undefined;
  const record = live ? currentLiveItem(live) : undefined;
  const item = record ? view.agenda.find((candidate) => candidate.id === record.agendaItemId) : undefined;
  const round = item ? roundOfItemKind(item.kind) : null;
  const forecast = useRetimedDay(view, now);

  const openPresenter = useCallback(async () => {
    try {
      const opened = await api.call('live.openPresenter', meeting);
      if (opened.kind === 'openInRenderer' && !window.open(`${window.location.pathname}${window.location.search}${opened.hash}`, '_blank')) {
        notifyFailure(tApp, new Error(t('presenterBlocked')));
      }
    } catch (error) {
      notifyFailure(tApp, error);
    }
  }, [api, meeting, t, tApp]);

  // Moving on cannot be confirmed first without slowing the meeting, so it can be taken back: here or with U.
  const move = async (method: 'live.next' | 'live.park') => {
    const leaving = item;
    if (!(await run(method, {})) || !leaving) return;
    showUndoNotification({
      id: 'live-move',
      message: method === 'live.park' ? t('moved.parked', { title: leaving.title }) : t('moved.next', { title: leaving.title }),
      undoLabel: t('moved.undo'),
      onUndo: () => void run('live.undoMove', {}),
    });
  };

  const takeUp = useCallback((agendaItemId: string) => void run('live.takeUp', { agendaItemId }), [run]);

  const confirmFinish = () =>
    modals.openConfirmModal({
      title: t('finishConfirmTitle'),
      children: <Text size="sm">{t('finishConfirm')}</Text>,
      labels: { confirm: t('finishConfirmButton'), cancel: t('cancel') },
      confirmProps: { color: 'red', 'data-autofocus': true } as never,
      onConfirm: () => void run('live.finish', {}),
    });

  const roundState = record?.round;
  const speakerOn = roundState !== undefined && !roundIsOver(roundState);
  useLiveKeys(
    {
      n: () => void move('live.next'),
      ArrowRight: () => void move('live.next'),
      u: () => void run('live.undoMove', {}),
      '+': () => void run('live.extend', {}),
      p: () => void move('live.park'),
      ...(item ? { b: () => setCapture('decision'), h: () => setCapture('action'), t: () => setCapture('theme') } : {}),
      ...(round && !roundState ? { r: () => void run('live.roundStart', { order }) } : {}),
      ...(speakerOn
        ? {
            ArrowDown: () => void run('live.roundAdvance', { outcome: 'spoke' }),
            s: () => void run('live.roundAdvance', { outcome: 'passed' }),
            f: () => void run('live.roundAdvance', { outcome: 'absent' }),
          }
        : {}),
      ...(roundState && roundState.currentIndex > 0 ? { ArrowUp: () => void run('live.roundBack', {}) } : {}),
    },
    running && capture === null,
  );

  const language = i18n.language as Language;
  return (
    <Stack gap="md" data-testid="live-board" data-live-state={live ? (running ? 'running' : 'finished') : 'ready'}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('heading', { date: formatLongDate(view.meeting.date, language) })}</Title>
          <Text c="dimmed">
            {view.meeting.theme ? `${view.meeting.theme} · ` : ''}
            {t('factsLine', { host: view.meeting.hostOrganisation || view.groupName, start: view.meeting.startTime, end: view.meeting.endTime })}
          </Text>
        </div>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconPresentation size={16} />} onClick={() => void openPresenter()}>
            {t('presenter')}
          </Button>
          {running && (
            <Button color="red" variant="light" onClick={confirmFinish} data-testid="live-finish">
              {t('finish')}
            </Button>
          )}
        </Group>
      </Group>

      {live && <OverrunLine overrunMinutes={forecast.overrunMinutes} expectedEnd={forecast.expectedEnd.time} plannedEnd={forecast.plannedEnd.time} />}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {!live && (
              <Alert color="blue" title={t('start')} icon={<IconPlayerPlay size={18} />}>
                <Stack gap="sm" align="flex-start">
                  <Text size="sm">{t('startHint')}</Text>
                  <Button autoFocus onClick={() => void run('live.start', {})} leftSection={<IconPlayerPlay size={16} />} data-testid="live-start">
                    {t('start')}
                  </Button>
                </Stack>
              </Alert>
            )}
            {running && !record && <Alert color="teal">{t('allItemsDone')}</Alert>}
            {running && record && item && (
              <>
                <ItemClock item={item} record={record} now={now} />
                {capture && (
                  <CaptureField
                    key={capture}
                    kind={capture}
                    members={view.members}
                    defaultDue={view.defaultDue}
                    onClose={() => setCapture(null)}
                    onSave={async (captured) => {
                      const saved = await run('live.capture', { agendaItemId: item.id, capture: captured });
                      if (saved) notifySuccess(t(`capture.saved.${captured.kind}`, { text: captured.text }), { autoClose: 2500 });
                      return saved;
                    }}
                  />
                )}
                {round && (
                  <RoundConductor
                    meeting={meeting}
                    view={view}
                    record={record}
                    round={round}
                    now={now}
                    order={order}
                    onOrderChange={setOrder}
                    onStart={() => void run('live.roundStart', { order })}
                    onAdvance={(outcome) => void run('live.roundAdvance', { outcome })}
                    onBack={() => void run('live.roundBack', {})}
                    onSecondsPerPerson={(seconds) => void run('live.setSecondsPerPerson', { seconds })}
                  />
                )}
                <CapturedList view={view} agendaItemId={item.id} />
                <KeyLegend round={round !== null} />
              </>
            )}
            {running && <ParkedItems view={view} onTakeUp={takeUp} />}
            {live?.finishedAt && <PacingReport meeting={meeting} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Title order={4} mb="xs">
            {t('agendaTitle')}
          </Title>
          <DayTimeline items={forecast.items} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

