// iCalendar (RFC 5545) for one meeting or a year of them, in Copenhagen local time: data in, text out.
import { computeSchedule, type LocalDateTime } from '../domain/agenda-timing';
import type { Language, Meeting } from '../domain/model';
import { AGENDA_LABELS } from './agenda-labels';
import { hasVisibleText, xmlSafe } from './safe-text';

export const ICS_TIME_ZONE = 'Europe/Copenhagen';
const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

// Outlook and Google Calendar need the zone's rules in the file; these are the EU rules in force since 1996.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TIME_ZONE}`,
  `X-LIC-LOCATION:${ICS_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface IcsMeeting {
  groupId: string;
  groupName: string;
  language: Language;
  meeting: Meeting;
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP); passed in so the output is reproducible. */
  now: Date;
  /** Shown by some calendar apps as the imported calendar's name. */
  calendarName?: string;
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped. Control characters are not
 * allowed in TEXT, and they are the same ones XML cannot carry, so the document cleaner serves here too.
 */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/\r/g, '').replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line into pieces of at most 75 octets (RFC 5545 §3.1), each continuation starting with a space.
 * It cuts between code points, never inside a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    // Continuation lines carry a leading space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function localStamp({ date, time }: LocalDateTime): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

function utcStamp(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** The same meeting always gets the same UID, so importing again updates the event instead of adding a copy. */
export function meetingUid(groupId: string, meetingId: string): string {
  return `${groupId}.${meetingId}@netvaerk`;
}

function summaryOf({ groupName, meeting }: IcsMeeting): string {
  return hasVisibleText(meeting.theme) ? `${groupName}: ${meeting.theme}` : groupName;
}

function descriptionOf({ meeting, language }: IcsMeeting): string {
  // The invitation's words, so the calendar entry and the Word invitation say the same thing.
  const labels = AGENDA_LABELS[language];
  const lines = [labels.meetingKind[meeting.kind]];
  if (hasVisibleText(meeting.theme)) lines.push(`${labels.facts.theme}: ${meeting.theme}`);
  if (hasVisibleText(meeting.hostOrganisation)) lines.push(`${labels.facts.host}: ${meeting.hostOrganisation}`);
  if (hasVisibleText(meeting.address)) lines.push(`${labels.facts.address}: ${meeting.address}`);
  for (const flag of ['siteTour', 'dinner', 'jointWithSisterGroup'] as const) {
    if (meeting[flag]) lines.push(labels.extras[flag]);
  }
  return lines.join('\n');
}

function eventLines(entry: IcsMeeting, dtstamp: string): string[] {
  const { meeting } = entry;
  const schedule = computeSchedule(meeting, []);
  const location = [meeting.hostOrganisation, meeting.address].filter(hasVisibleText).join(', ');
  return [
    'BEGIN:VEVENT',
    `UID:${meetingUid(entry.groupId, meeting.id)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;TZID=${ICS_TIME_ZONE}:${localStamp(schedule.meetingStart)}`,
    `DTEND;TZID=${ICS_TIME_ZONE}:${localStamp(schedule.meetingEnd)}`,
    `SUMMARY:${escapeText(summaryOf(entry))}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    `DESCRIPTION:${escapeText(descriptionOf(entry))}`,
    'END:VEVENT',
  ];
}

/** A calendar file with one event per meeting; lines folded and ended with CRLF as RFC 5545 requires. */
export function meetingsToIcs(meetings: readonly IcsMeeting[], options: IcsOptions): string {
  const dtstamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Netvaerk//Network group facilitator//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.calendarName ? [`X-WR-CALNAME:${escapeText(options.calendarName)}`] : []),
    `X-WR-TIMEZONE:${ICS_TIME_ZONE}`,
    ...VTIMEZONE,
    ...meetings.flatMap((entry) => eventLines(entry, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The calendar file as UTF-8 bytes, ready to save as .ics. */
export function meetingsToIcsBytes(meetings: readonly IcsMeeting[], options: IcsOptions): Uint8Array {
  return new TextEncoder().encode(meetingsToIcs(meetings, options));
}
