import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../domain/model';
import { NEW_MEETING_DETAILS } from '../domain/year-plan';
import { xmlSafe } from './safe-text';
import { escapeText, foldLine, meetingsToIcs, meetingsToIcsBytes, meetingUid, type IcsMeeting } from './ics';

const NOW = new Date('2026-11-25T13:05:09Z');

function meeting(id: string, date: string, overrides: Partial<Meeting> = {}): Meeting {
  return { id, date, startTime: '09:00', endTime: '16:00', kind: 'fullDay', ...NEW_MEETING_DETAILS, agenda: [], ...overrides };
}

const entry = (m: Meeting, groupName = 'CIO-netværk Vest'): IcsMeeting => ({ groupId: 'g-vest', groupName, language: 'da', meeting: m });

/** Parses with ical.js (an independent RFC 5545 implementation) and resolves times through the file's own VTIMEZONE. */
function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (!zone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      tzid: event.startDate.zone?.tzid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

/** The UTC instant of a Copenhagen wall-clock time, worked out with Intl's time-zone data rather than our rules. */
function copenhagenToUtc(date: string, time: string): string {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.parse(`${date}T${time}:00Z`) - offsetHours * 3_600_000);
    if (format.format(candidate) === `${date} ${time}`) return candidate.toISOString();
  }
  throw new Error(`${date} ${time} does not exist in Copenhagen`);
}

const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);

describe('meetingsToIcs', () => {
  it('writes a calendar with PRODID, a Copenhagen VTIMEZONE, local DTSTART/DTEND and CRLF line ends', () => {
    const ics = meetingsToIcs([entry(meeting('m1', '2027-03-09'))], { now: NOW, calendarName: 'Netværk' });
    const lines = physicalLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:-//'))).toBe(true);
    expect(lines).toContain('TZID:Europe/Copenhagen');
    expect(lines).toContain('DTSTART;TZID=Europe/Copenhagen:20270309T090000');
    expect(lines).toContain('DTEND;TZID=Europe/Copenhagen:20270309T160000');
    expect(lines).toContain('DTSTAMP:20261125T130509Z');
    expect(lines).toContain(`UID:${meetingUid('g-vest', 'm1')}`);
  });

  it('gives the right UTC instants on both sides of the summer-time changes', () => {
    const meetings = [
      meeting('winter', '2026-03-10'), // second Tuesday of March: CET
      meeting('spring', '2026-03-31'), // last Tuesday of March, after the change on 29 March: CEST
      meeting('autumn', '2026-10-20'), // before the change on 25 October: CEST
      meeting('late', '2026-10-27'), // last Tuesday of October: CET again
    ];
    const events = parseEvents(meetingsToIcs(meetings.map((m) => entry(m)), { now: NOW }));
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual([
      [meetingUid('g-vest', 'winter'), '2026-03-10T08:00:00.000Z', '2026-03-10T15:00:00.000Z'],
      [meetingUid('g-vest', 'spring'), '2026-03-31T07:00:00.000Z', '2026-03-31T14:00:00.000Z'],
      [meetingUid('g-vest', 'autumn'), '2026-10-20T07:00:00.000Z', '2026-10-20T14:00:00.000Z'],
      [meetingUid('g-vest', 'late'), '2026-10-27T08:00:00.000Z', '2026-10-27T15:00:00.000Z'],
    ]);
    expect(events.every((e) => e.tzid === 'Europe/Copenhagen')).toBe(true);
  });

  it('ends an overnight meeting on the next day, 23 or 25 real hours later across a change', () => {
    const overnight = { kind: 'overnight' as const, startTime: '12:00', endTime: '12:00' };
    const events = parseEvents(
      meetingsToIcs([entry(meeting('spring', '2026-03-28', overnight)), entry(meeting('autumn', '2026-10-24', overnight))], { now: NOW }),
    );
    const hours = (e: { start: string; end: string }) => (Date.parse(e.end) - Date.parse(e.start)) / 3_600_000;
    expect(events[0]).toMatchObject({ start: '2026-03-28T11:00:00.000Z', end: '2026-03-29T10:00:00.000Z' });
    expect(hours(events[0]!)).toBe(23);
    expect(events[1]).toMatchObject({ start: '2026-10-24T10:00:00.000Z', end: '2026-10-25T11:00:00.000Z' });
    expect(hours(events[1]!)).toBe(25);
  });

  it('agrees with the time-zone database for any date and time from 2000 to 2060', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 4 * 60, max: 20 * 60 }),
        (day, startMinute) => {
          const date = day.toISOString().slice(0, 10);
          const startTime = `${String(Math.floor(startMinute / 60)).padStart(2, '0')}:${String(startMinute % 60).padStart(2, '0')}`;
          const [event] = parseEvents(meetingsToIcs([entry(meeting('m', date, { startTime, endTime: '23:00' }))], { now: NOW }));
          expect(event?.start).toBe(copenhagenToUtc(date, startTime));
          expect(event?.end).toBe(copenhagenToUtc(date, '23:00'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('escapes commas, semicolons, backslashes and newlines so they come back unchanged', () => {
    const tricky = meeting('m1', '2027-06-08', {
      theme: 'Drift, sikkerhed; og C:\\data\\backup',
      hostOrganisation: 'Region Syd, IT',
      address: 'Damhaven 12\n7100 Vejle',
    });
    const ics = meetingsToIcs([entry(tricky)], { now: NOW });
    expect(ics).toContain('SUMMARY:CIO-netværk Vest: Drift\\, sikkerhed\\; og C:\\\\data\\\\backup');
    const [event] = parseEvents(ics);
    expect(event?.summary).toBe('CIO-netværk Vest: Drift, sikkerhed; og C:\\data\\backup');
    expect(event?.location).toBe('Region Syd, IT, Damhaven 12\n7100 Vejle');
    expect(event?.description).toBe(
      'Heldagsmøde\nTema: Drift, sikkerhed; og C:\\data\\backup\nVært: Region Syd, IT\nAdresse: Damhaven 12\n7100 Vejle',
    );
  });

  it('folds long Danish text at 75 octets without splitting a character, and it unfolds to the original', () => {
    const theme =
      'Ærlige erfaringer fra økonomistyring, sårbarhedsscanning og øvrige IT-drift på tværs af kommuner og regioner 😀 — æøå ÆØÅ '.repeat(3);
    const ics = meetingsToIcs([entry(meeting('m1', '2027-09-14', { theme }))], { now: NOW });
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const encoder = new TextEncoder();
    const lines = physicalLines(ics);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      const bytes = encoder.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A line that decodes strictly on its own has no character cut in half.
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
    expect(parseEvents(ics)[0]?.summary).toBe(`CIO-netværk Vest: ${theme}`);
  });

  it("describes each meeting in its own group's language, with site tour, dinner and joint meeting", () => {
    const english: IcsMeeting = {
      groupId: 'g-ops',
      groupName: 'IT Operations Network',
      language: 'en',
      meeting: meeting('m2', '2027-06-08', { kind: 'halfDay', siteTour: true, dinner: true, jointWithSisterGroup: true }),
    };
    const events = parseEvents(meetingsToIcs([entry(meeting('m1', '2027-06-08', { dinner: true })), english], { now: NOW }));
    expect(events.map((e) => e.description)).toEqual([
      'Heldagsmøde\nMiddag',
      "Half-day meeting\nSite tour at the host's\nDinner\nJoint meeting with the sister group",
    ]);
    expect(events[1]?.uid).toBe(meetingUid('g-ops', 'm2'));
  });

  it('keeps the UID of a meeting across exports and different for different meetings', () => {
    const later = new Date('2027-01-01T00:00:00Z');
    const first = parseEvents(meetingsToIcs([entry(meeting('a', '2027-03-09')), entry(meeting('b', '2027-06-08'))], { now: NOW }));
    const again = parseEvents(meetingsToIcs([entry(meeting('a', '2027-03-16'))], { now: later }));
    expect(again[0]?.uid).toBe(first[0]?.uid);
    expect(first[0]?.uid).not.toBe(first[1]?.uid);
  });

  it('round-trips any text and keeps every line within 75 octets', () => {
    const anyCodeUnit = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });
    const anyText = fc.oneof(anyCodeUnit, fc.string({ unit: 'grapheme', maxLength: 200 }));
    fc.assert(
      fc.property(anyText, anyText, (theme, address) => {
        const ics = meetingsToIcs([entry(meeting('m1', '2027-09-14', { theme, address }))], { now: NOW });
        for (const line of physicalLines(ics)) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const [event] = parseEvents(ics);
        const expected = xmlSafe(theme).replace(/\r/g, '');
        expect(event?.summary).toBe(expected.trim() ? `CIO-netværk Vest: ${expected}` : 'CIO-netværk Vest');
      }),
      { numRuns: 150 },
    );
  });

  it('writes an empty calendar for no meetings, and the same text as bytes', () => {
    const ics = meetingsToIcs([], { now: NOW });
    expect(parseEvents(ics)).toEqual([]);
    expect(new TextDecoder().decode(meetingsToIcsBytes([entry(meeting('m', '2027-03-09'))], { now: NOW }))).toBe(
      meetingsToIcs([entry(meeting('m', '2027-03-09'))], { now: NOW }),
    );
  });
});

describe('escapeText and foldLine', () => {
  it('escapes the four special characters and drops control characters', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf\u0007g')).toBe('a\\,b\\;c\\\\d\\ne\\nfg');
  });

  it('leaves a short line alone and starts continuations with a space', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    const folded = foldLine(`DESCRIPTION:${'ø'.repeat(60)}`);
    const [first, ...rest] = folded.split('\r\n');
    expect(new TextEncoder().encode(first).length).toBe(74); // 12 ASCII + 31 two-byte: one more would be 76
    expect(rest.every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.replaceAll('\r\n ', '')).toBe(`DESCRIPTION:${'ø'.repeat(60)}`);
  });
});
