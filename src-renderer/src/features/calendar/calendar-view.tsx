// FullCalendar showing every group's meetings: month, year and list views in the UI language, drag to move, click to add.
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './calendar.css';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import daLocale from '@fullcalendar/react/locales/da';
import enGbLocale from '@fullcalendar/react/locales/en-gb';
import multiMonthPlugin from '@fullcalendar/react/multimonth';
import classicTheme from '@fullcalendar/react/themes/classic';
import type { CalendarOptions } from '@fullcalendar/react';
import { Center, Loader } from '@mantine/core';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarOverview } from '../../../../src-main/api/operations/calendar';
import { meetingKindSchema, type Language } from '../../../../src-main/domain/model';
import { eventSourceOf, meetingEvents, type MeetingEventProps, type MoreMeetingsProps } from './calendar-events';
import { progressiveYearView } from './progressive-year-view';
import { useAfterFirstPaint } from './use-after-first-paint';
import type { MoveRequest } from './use-move-meeting';

const PLUGINS = [classicTheme, dayGridPlugin, multiMonthPlugin, listPlugin, interactionPlugin];
const LOCALES = { da: daLocale, en: enGbLocale };

/** The year view drawn a month at a time (see progressive-year-view.ts), or FullCalendar's own if that is unavailable. */
const YEAR_VIEW = progressiveYearView ? 'yearByMonths' : 'multiMonthYear';
const VIEWS: CalendarOptions['views'] = {
  multiMonthYear: { multiMonthMaxColumns: 3 },
  ...(progressiveYearView ? { [YEAR_VIEW]: { type: 'multiMonthYear', component: progressiveYearView } } : {}),
};

interface CalendarViewProps {
  overview: CalendarOverview;
  onMove: (request: MoveRequest) => Promise<boolean>;
  onDayClick: (date: string) => void;
  onOpenGroup: (groupId: string) => void;
}

function isMeeting(props: unknown): props is MeetingEventProps {
  return typeof props === 'object' && props !== null && (props as { type?: unknown }).type === 'meeting';
}

function isMoreMeetings(props: unknown): props is MoreMeetingsProps {
  return typeof props === 'object' && props !== null && (props as { type?: unknown }).type === 'more';
}

/** Called once per meeting drawn, so it stays a plain module function: same identity on every render, no hooks. */
const meetingContent: NonNullable<CalendarOptions['eventContent']> = (info) => {
  const props: unknown = info.event.extendedProps;
  if (isMoreMeetings(props)) return <div className="meeting-event-content meeting-more-content">{info.event.title}</div>;
  if (!isMeeting(props)) return undefined;
  return (
    <div className="meeting-event-content">
      <div className="meeting-event-line">
        <strong>{props.startTime}</strong> {props.groupName}
      </div>
      {props.theme && <div className="meeting-event-line meeting-event-theme">{props.theme}</div>}
    </div>
  );
};

const EVENT_ORDER = 'start,-duration,allDay,sortOrder,title';

type Handler<Name extends keyof CalendarOptions> = NonNullable<CalendarOptions[Name]>;

const viewClass: Handler<'viewClass'> = (info) => `calendar-view-${info.view.type}`;

export function CalendarView({ overview, onMove, onDayClick, onOpenGroup }: CalendarViewProps) {
  const { t, i18n } = useTranslation('calendar');
  const language = i18n.language as Language;
  const allMeetings = useMemo(() => meetingEvents(overview), [overview]);
  const events = useMemo(
    () => eventSourceOf(allMeetings, language, (count) => t('moreMeetings', { count })),
    [allMeetings, language, t],
  );
  const container = useRef<HTMLDivElement>(null);
  // Marked on the element itself: FullCalendar reports loading while it renders, where a state change is not allowed.
  const loading = useCallback<Handler<'loading'>>((isLoading) => {
    if (isLoading) container.current?.setAttribute('aria-busy', 'true');
    else container.current?.removeAttribute('aria-busy');
  }, []);
  // The page around the calendar is painted first; FullCalendar's first render is a task of its own.
  const pagePainted = useAfterFirstPaint();

  // Options keep their identity between renders, so FullCalendar does not re-process them when the page re-renders.
  const toolbar = useMemo(
    () => ({
      headerToolbar: { start: 'prev,next today', center: 'title', end: `dayGridMonth,${YEAR_VIEW},listYear` },
      buttons: {
        today: { text: t('today') },
        dayGridMonth: { text: t('views.month') },
        [YEAR_VIEW]: { text: t('views.year') },
        listYear: { text: t('views.list') },
      },
    }),
    [t],
  );
  // Every month switch mounts the month's events again (hundreds in a crowded month), and each translation costs a few
  // microseconds: the words every title shares are translated once per language, not once per event.
  const fixedWords = useMemo(
    () => ({
      holidayPrefix: t('holidayPrefix'),
      conflict: t('conflicts.badge'),
      openGroupHint: t('openGroupHint'),
      kind: new Map<string, string>(meetingKindSchema.options.map((kind) => [kind, t(`kind.${kind}`)])),
    }),
    [t],
  );
  const eventDidMount = useCallback<Handler<'eventDidMount'>>(
    (info) => {
      const props: unknown = info.event.extendedProps;
      if (isMoreMeetings(props)) {
        info.el.title = t('moreMeetingsHint', { count: props.total });
        return;
      }
      if (!isMeeting(props)) {
        info.el.title = `${fixedWords.holidayPrefix}: ${info.event.title}`;
        return;
      }
      const label = t('eventLabel', { group: props.groupName, kind: fixedWords.kind.get(props.kind) ?? props.kind, start: props.startTime, end: props.endTime });
      const parts = [label, props.theme, props.conflict ? fixedWords.conflict : '', fixedWords.openGroupHint].filter(Boolean);
      info.el.title = parts.join(' · ');
      info.el.dataset.meetingId = props.meetingId;
    },
    [fixedWords, t],
  );
  const eventDrop = useCallback<Handler<'eventDrop'>>(
    (info) => {
      const props: unknown = info.event.extendedProps;
      if (!isMeeting(props)) return info.revert();
      void onMove({
        groupId: props.groupId,
        groupName: props.groupName,
        meetingId: props.meetingId,
        from: info.oldEvent.startStr.slice(0, 10),
        to: info.event.startStr.slice(0, 10),
      }).then((saved) => {
        if (!saved) info.revert();
      });
    },
    [onMove],
  );
  const dateClick = useCallback<Handler<'dateClick'>>((info) => onDayClick(info.dateStr.slice(0, 10)), [onDayClick]);
  const eventClick = useCallback<Handler<'eventClick'>>(
    (info) => {
      const props: unknown = info.event.extendedProps;
      if (isMeeting(props)) onOpenGroup(props.groupId);
      // The list of that one day shows every meeting (a one-day range is never folded).
      if (isMoreMeetings(props)) info.view.calendar.changeView('listDay', props.date);
    },
    [onOpenGroup],
  );

  if (!pagePainted) {
    return (
      <Center className="netvaerk-calendar-placeholder" mih={600}>
        <Loader aria-label={t('heading')} />
      </Center>
    );
  }
  return (
    <div className="netvaerk-calendar" ref={container}>
      <FullCalendar
        plugins={PLUGINS}
        locale={LOCALES[language]}
        firstDay={1}
        initialView="dayGridMonth"
        headerToolbar={toolbar.headerToolbar}
        buttons={toolbar.buttons}
        views={VIEWS}
        noEventsText={t('noMeetings')}
        viewClass={viewClass}
        height="auto"
        // The page scrolls, not the calendar: resetting the calendar's own scroll on every month switch only forced
        // a layout in the middle of the switch.
        scrollTimeReset={false}
        events={events}
        // Each view asks for its own range: the list of one day must not reuse the month's folded days.
        lazyFetching={false}
        // A crowded day's "+N meetings" comes after the meetings shown.
        eventOrder={EVENT_ORDER}
        eventOrderStrict
        loading={loading}
        editable
        eventDurationEditable={false}
        dayMaxEvents={4}
        eventContent={meetingContent}
        eventDidMount={eventDidMount}
        eventDrop={eventDrop}
        dateClick={dateClick}
        eventClick={eventClick}
      />
    </div>
  );
}
