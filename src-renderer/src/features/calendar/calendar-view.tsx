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
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarOverview } from '../../../../src-main/api/operations/calendar';
import type { Language } from '../../../../src-main/domain/model';
import { holidayEvents, inYears, meetingEvents, yearsBetween, type CalendarEvent, type MeetingEventProps } from './calendar-events';
import type { MoveRequest } from './use-move-meeting';

const PLUGINS = [classicTheme, dayGridPlugin, multiMonthPlugin, listPlugin, interactionPlugin];
const LOCALES = { da: daLocale, en: enGbLocale };

interface CalendarViewProps {
  overview: CalendarOverview;
  onMove: (request: MoveRequest) => Promise<boolean>;
  onDayClick: (date: string) => void;
  onOpenGroup: (groupId: string) => void;
}

/**
 * An event source function gets the range in view, so FullCalendar reads only those years' meetings and holidays (not
 * twenty years of ten groups) and renders once per view change. A new function (new data) makes it fetch again.
 */
function eventSourceOf(meetings: readonly CalendarEvent[], language: Language) {
  return (range: { startStr: string; endStr: string }, success: (events: CalendarEvent[]) => void) => {
    const years = yearsBetween(range.startStr.slice(0, 10), range.endStr.slice(0, 10));
    success([...inYears(meetings, years), ...holidayEvents(years, language)]);
  };
}

function isMeeting(props: unknown): props is MeetingEventProps {
  return typeof props === 'object' && props !== null && (props as { type?: unknown }).type === 'meeting';
}

export function CalendarView({ overview, onMove, onDayClick, onOpenGroup }: CalendarViewProps) {
  const { t, i18n } = useTranslation('calendar');
  const language = i18n.language as Language;
  const allMeetings = useMemo(() => meetingEvents(overview), [overview]);
  const events = useMemo(() => eventSourceOf(allMeetings, language), [allMeetings, language]);

  return (
    <div className="netvaerk-calendar">
      <FullCalendar
        plugins={PLUGINS}
        locale={LOCALES[language]}
        firstDay={1}
        initialView="dayGridMonth"
        headerToolbar={{ start: 'prev,next today', center: 'title', end: 'dayGridMonth,multiMonthYear,listYear' }}
        buttons={{
          today: { text: t('today') },
          dayGridMonth: { text: t('views.month') },
          multiMonthYear: { text: t('views.year') },
          listYear: { text: t('views.list') },
        }}
        views={{ multiMonthYear: { multiMonthMaxColumns: 3 } }}
        noEventsText={t('noMeetings')}
        viewClass={(info) => `calendar-view-${info.view.type}`}
        height="auto"
        events={events}
        editable
        eventDurationEditable={false}
        dayMaxEvents={4}
        eventContent={(info) => {
          const props: unknown = info.event.extendedProps;
          if (!isMeeting(props)) return undefined;
          return (
            <div className="meeting-event-content">
              <div className="meeting-event-line">
                <strong>{props.startTime}</strong> {props.groupName}
              </div>
              {props.theme && <div className="meeting-event-line meeting-event-theme">{props.theme}</div>}
            </div>
          );
        }}
        eventDidMount={(info) => {
          const props: unknown = info.event.extendedProps;
          if (!isMeeting(props)) {
            info.el.title = `${t('holidayPrefix')}: ${info.event.title}`;
            return;
          }
          const label = t('eventLabel', { group: props.groupName, kind: t(`kind.${props.kind as 'fullDay'}`), start: props.startTime, end: props.endTime });
          const parts = [label, props.theme, props.conflict ? t('conflicts.badge') : '', t('openGroupHint')].filter(Boolean);
          info.el.title = parts.join(' · ');
          info.el.dataset.meetingId = props.meetingId;
        }}
        eventDrop={(info) => {
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
        }}
        dateClick={(info) => onDayClick(info.dateStr.slice(0, 10))}
        eventClick={(info) => {
          const props: unknown = info.event.extendedProps;
          if (isMeeting(props)) onOpenGroup(props.groupId);
        }}
      />
    </div>
  );
}
