import { describe, expect, it } from 'vitest';
import { sampleActions, sampleMeeting, sampleMinutes } from '../export/fixtures/sample-minutes';
import type { AgendaItem } from './agenda-model';
import { AppError } from './errors';
import {
  byDateAndTime,
  findMeeting,
  itemsWithMinutes,
  meetingAfter,
  meetingBefore,
  meetingMinutesOf,
  meetingsInOrder,
  nextMeeting,
  upcomingMeetings,
} from './meetings';
import type { Meeting } from './model';
import type { Minutes } from './minutes-model';

const meeting = (id: string, date: string, startTime = '09:00'): Meeting => ({ ...sampleMeeting, id, date, startTime });

// Two meetings on one day (a morning and an afternoon session), stored in the "wrong" order on purpose.
const stored = [meeting('late', '2027-03-09'), meeting('past', '2026-06-09'), meeting('afternoon', '2026-11-25', '13:00'), meeting('morning', '2026-11-25')];
const ids = (meetings: readonly Meeting[]) => meetings.map((m) => m.id);

describe('findMeeting', () => {
  it('finds by id and refuses an unknown id with a code the renderer translates', () => {
    expect(findMeeting({ meetings: stored }, 'past').date).toBe('2026-06-09');
    expect(() => findMeeting({ meetings: stored }, 'nope')).toThrow(AppError);
  });
});

describe('meeting order', () => {
  it('sorts by date, then by start time on the same day, without touching the stored list', () => {
    expect(ids(meetingsInOrder(stored))).toEqual(['past', 'morning', 'afternoon', 'late']);
    expect(ids(stored)).toEqual(['late', 'past', 'afternoon', 'morning']);
    expect(byDateAndTime(meeting('a', '2026-01-01', '09:00'), meeting('b', '2026-01-01', '09:00'))).toBe(0);
  });

  it('counts a meeting today as coming, the earlier one of a day first', () => {
    expect(ids(upcomingMeetings(stored, '2026-11-25'))).toEqual(['morning', 'afternoon', 'late']);
    expect(nextMeeting(stored, '2026-11-25')?.id).toBe('morning');
    expect(nextMeeting(stored, '2026-11-26')?.id).toBe('late');
    expect(nextMeeting(stored, '2027-03-10')).toBeNull();
  });

  it('knows the meeting before and after, also between two meetings on one day', () => {
    expect(meetingAfter(stored, { id: 'morning' })?.id).toBe('afternoon');
    expect(meetingAfter(stored, { id: 'afternoon' })?.id).toBe('late');
    expect(meetingAfter(stored, { id: 'late' })).toBeNull();
    expect(meetingBefore(stored, { id: 'afternoon' })?.id).toBe('morning');
    expect(meetingBefore(stored, { id: 'past' })).toBeNull();
    expect(meetingAfter(stored, { id: 'unknown' })).toBeNull();
  });
});

describe('items with minutes', () => {
  const item = (id: string, kind: AgendaItem['kind'], title: string, durationMinutes: number): AgendaItem => ({
    id, kind, title, durationMinutes, responsible: { kind: 'none' }, notes: '',
  });
  const agenda = [
    item('item-checkin', 'checkIn', 'Bordet rundt', 45),
    item('coffee', 'break', 'Kaffe', 15),
    item('item-talk-ai', 'talk', 'Oplæg', 60),
    item('lunch', 'lunch', 'Frokost', 45),
  ];

  it('gives the agenda items their start times and leaves out breaks, meals and rounds nobody wrote notes on', () => {
    const minutes: Minutes = { ...sampleMinutes, notes: [...sampleMinutes.notes, { id: 'x', agendaItemId: 'lunch', text: 'Frokost hos værten', level: 'members' }] };
    expect(itemsWithMinutes({ ...sampleMeeting, agenda, minutes })).toEqual([
      { id: 'item-talk-ai', title: 'Oplæg', kind: 'talk', startTime: '10:30' },
      { id: 'lunch', title: 'Frokost', kind: 'lunch', startTime: '11:30' },
    ]);
  });

  it('keeps a round item when a note was written on it, as the rounds otherwise have their own sections', () => {
    const minutes: Minutes = { ...sampleMinutes, notes: [{ id: 'y', agendaItemId: 'item-checkin', text: 'Stemningen var god', level: 'members' }] };
    expect(itemsWithMinutes({ ...sampleMeeting, agenda, minutes })[0]).toEqual({ id: 'item-checkin', title: 'Bordet rundt', kind: 'checkIn', startTime: '09:30' });
  });

  it("takes only the actions agreed at this meeting, and the meeting's own minutes", () => {
    const other = { ...sampleActions[0]!, id: 'elsewhere', meetingId: 'meet-other' };
    const entry = meetingMinutesOf({ ...sampleMeeting, agenda: [] }, [...sampleActions, other]);
    expect(entry.actions.map((action) => action.id)).toEqual(['act-1', 'act-2', 'act-3']);
    expect('minutes' in entry).toBe(false);
    expect(meetingMinutesOf({ ...sampleMeeting, minutes: sampleMinutes }, []).minutes).toBe(sampleMinutes);
  });
});
