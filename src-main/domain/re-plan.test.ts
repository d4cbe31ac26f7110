import { describe, expect, it } from 'vitest';
import type { Meeting } from './model';
import { meetingContent, meetingsAfterUndo, planDuplicates, quarterOf, rePlanChanges, type MeetingRelations } from './re-plan';
import { NEW_MEETING_DETAILS } from './year-plan';

const meeting = (id: string, date: string, extra: Partial<Meeting> = {}): Meeting => ({
  id,
  date,
  startTime: '09:00',
  endTime: '16:00',
  kind: 'fullDay',
  ...NEW_MEETING_DETAILS,
  agenda: [],
  ...extra,
});

const none: MeetingRelations = { invitations: [], actions: [], themes: [] };
const dates = (...list: string[]) => list.map((date) => ({ date }));

describe('meetingContent', () => {
  it('finds nothing in a meeting that is only a date, as the year plan saves them', () => {
    expect(meetingContent(meeting('m', '2027-03-09'), none)).toEqual([]);
  });

  it('names every kind of work the meeting holds, in a fixed order', () => {
    const full = meeting('m', '2027-03-09', {
      agenda: [{ id: 'a', kind: 'welcome', title: 'Velkomst', durationMinutes: 10, responsible: { kind: 'facilitator' }, notes: '' }],
      minutes: { meetingId: 'm', attendance: [], guests: [], notes: [], decisions: [], checkInRound: [], closingRound: [], updatedAt: '2027-03-09T16:00:00.000Z' },
      replies: [{ memberId: 'x', answer: 'coming' }],
      hostOrganisation: 'Region Syd',
    });
    const relations: MeetingRelations = {
      invitations: [{ id: 'i', speakerId: 's', meetingId: 'm', topic: '', state: 'asked', history: [], notes: '' }],
      actions: [{ id: 'act', meetingId: 'm', text: 'Gør noget', owner: { kind: 'facilitator' }, due: '2027-04-01', status: 'open', level: 'members' }],
      themes: [{ id: 't', title: 'AI', votes: {}, status: 'chosen', meetingId: 'm' }],
    };
    expect(meetingContent(full, relations)).toEqual(['agenda', 'minutes', 'speakers', 'actions', 'themes', 'replies', 'details']);
  });

  it('counts a typed theme, a ticked dinner and a status past planned as details, and ignores other meetings\' records', () => {
    expect(meetingContent(meeting('m', '2027-03-09', { theme: 'Sikkerhed' }), none)).toEqual(['details']);
    expect(meetingContent(meeting('m', '2027-03-09', { dinner: true }), none)).toEqual(['details']);
    expect(meetingContent(meeting('m', '2027-03-09', { status: 'invitationSent' }), none)).toEqual(['details']);
    const elsewhere: MeetingRelations = {
      ...none,
      invitations: [{ id: 'i', speakerId: 's', meetingId: 'other', topic: '', state: 'asked', history: [], notes: '' }],
    };
    expect(meetingContent(meeting('m', '2027-03-09'), elsewhere)).toEqual([]);
  });
});

describe('quarterOf', () => {
  it('puts the quarter boundaries where the calendar does', () => {
    expect(['2027-01-01', '2027-03-31', '2027-04-01', '2027-06-30', '2027-07-01', '2027-12-31'].map(quarterOf)).toEqual([
      '2027-Q1',
      '2027-Q1',
      '2027-Q2',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
    ]);
  });
});

describe('planDuplicates', () => {
  const existing = [meeting('mar', '2027-03-09'), meeting('jun', '2027-06-08'), meeting('sep', '2027-09-14'), meeting('dec', '2027-12-14')];

  it('finds the same four meetings planned again on the same dates', () => {
    const duplicates = planDuplicates(dates('2027-03-09', '2027-06-08', '2027-09-14', '2027-12-14'), existing, none);
    expect(duplicates.map((d) => [d.plannedIndex, d.meetingId, d.sameDate])).toEqual([
      [0, 'mar', true],
      [1, 'jun', true],
      [2, 'sep', true],
      [3, 'dec', true],
    ]);
  });

  it('finds a new rule\'s dates duplicating the old ones in the same quarter', () => {
    const duplicates = planDuplicates(dates('2027-03-17', '2027-06-16', '2027-09-15', '2027-12-15'), existing, none);
    expect(duplicates.map((d) => [d.meetingId, d.sameDate])).toEqual([
      ['mar', false],
      ['jun', false],
      ['sep', false],
      ['dec', false],
    ]);
  });

  it('does not match across a quarter boundary, nor the same quarter of another year', () => {
    const edge = [meeting('q1-end', '2027-03-31'), meeting('last-year', '2026-04-01')];
    expect(planDuplicates(dates('2027-04-01'), edge, none)).toEqual([]);
  });

  it('pairs each existing meeting with one planned meeting only, the closest first', () => {
    // Two planned in the first quarter, one existing: the later plan date is closer and takes it; the other is new.
    const duplicates = planDuplicates(dates('2027-01-12', '2027-03-16'), [meeting('mar', '2027-03-09')], none);
    expect(duplicates).toEqual([{ plannedIndex: 1, meetingId: 'mar', meetingDate: '2027-03-09', sameDate: false, content: [] }]);
  });

  it('prefers the same day over a nearer meeting of the quarter for the same plan date', () => {
    const two = [meeting('a', '2027-03-02'), meeting('b', '2027-03-09')];
    const duplicates = planDuplicates(dates('2027-03-02', '2027-03-09'), two, none);
    expect(duplicates.map((d) => [d.plannedIndex, d.meetingId, d.sameDate])).toEqual([
      [0, 'a', true],
      [1, 'b', true],
    ]);
  });

  it('finds nothing in an empty year and carries what each existing meeting holds', () => {
    expect(planDuplicates(dates('2027-03-09'), [], none)).toEqual([]);
    const withAgenda = meeting('mar', '2027-03-09', { hostOrganisation: 'Skat' });
    expect(planDuplicates(dates('2027-03-09'), [withAgenda], none)[0]?.content).toEqual(['details']);
  });
});

describe('rePlanChanges', () => {
  const duplicates = planDuplicates(
    dates('2027-03-09', '2027-06-08', '2027-09-14', '2027-12-14'),
    [meeting('mar', '2027-03-09', { theme: 'Cloud' }), meeting('jun', '2027-06-08'), meeting('sep', '2027-09-14')],
    none,
  );

  it('replace: swaps the empty duplicates, keeps the one with content and does not add its twin, adds the missing', () => {
    expect(rePlanChanges(4, duplicates, 'replace')).toEqual({
      add: [1, 2, 3],
      remove: ['jun', 'sep'],
      kept: [expect.objectContaining({ meetingId: 'mar', content: ['details'] })],
    });
  });

  it('keep: removes nothing and adds only the missing meeting', () => {
    const changes = rePlanChanges(4, duplicates, 'keep');
    expect(changes.add).toEqual([3]);
    expect(changes.remove).toEqual([]);
    expect(changes.kept.map((d) => d.meetingId)).toEqual(['mar', 'jun', 'sep']);
  });

  it('adds everything when nothing duplicates, whichever the choice', () => {
    expect(rePlanChanges(2, [], 'replace')).toEqual({ add: [0, 1], remove: [], kept: [] });
    expect(rePlanChanges(2, [], 'keep')).toEqual({ add: [0, 1], remove: [], kept: [] });
  });
});

describe('meetingsAfterUndo', () => {
  it('removes the created meetings, puts the replaced ones back, and keeps a created meeting that got content', () => {
    const current = [meeting('old-kept', '2027-03-09', { theme: 'Cloud' }), meeting('new1', '2027-06-16'), meeting('new2', '2027-09-15', { theme: 'Nyt' })];
    const replaced = [meeting('jun', '2027-06-08'), meeting('sep', '2027-09-14')];
    const { meetings, keptIds } = meetingsAfterUndo(current, none, ['new1', 'new2'], replaced);
    expect(meetings.map((m) => m.id)).toEqual(['old-kept', 'new2', 'jun', 'sep']);
    expect(keptIds).toEqual(['new2']);
  });

  it('never duplicates a meeting when undone twice', () => {
    const replaced = [meeting('jun', '2027-06-08')];
    const once = meetingsAfterUndo([meeting('new', '2027-06-16')], none, ['new'], replaced).meetings;
    expect(meetingsAfterUndo(once, none, ['new'], replaced).meetings.map((m) => m.id)).toEqual(['jun']);
  });
});
