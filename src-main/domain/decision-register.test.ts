import { describe, expect, it } from 'vitest';
import {
  decisionRegister,
  decisionWithStatus,
  decisionYears,
  filterDecisions,
  NO_DECISION_FILTER,
  replacementCandidates,
  statusChangeOf,
  withoutRegisterStatus,
} from './decision-register';
import { AppError } from './errors';
import type { Meeting } from './model';
import type { Decision } from './minutes-model';
import { NEW_MEETING_DETAILS } from './year-plan';

const decision = (id: string, text: string, extra: Partial<Decision> = {}): Decision => ({ id, text, level: 'members', ...extra });
const meeting = (id: string, date: string, decisions: Decision[] | null, extra: Partial<Meeting> = {}): Meeting => ({
  id,
  date,
  startTime: '09:00',
  endTime: '16:00',
  kind: 'fullDay',
  ...NEW_MEETING_DETAILS,
  agenda: [],
  ...(decisions
    ? { minutes: { meetingId: id, attendance: [], guests: [], notes: [], decisions, checkInRound: [], closingRound: [], updatedAt: '2026-01-01T00:00:00.000Z' } }
    : {}),
  ...extra,
});

const meetings = [
  meeting('m2025', '2025-03-11', [decision('d3', 'Agile kontrakter som fast tema', { level: 'shareable' }), decision('d4', 'Næste møde hos Skat')], { theme: 'Kontrakter' }),
  meeting('m2024', '2024-09-10', [decision('d1', 'Vi mødes fire gange om året', { status: 'replaced', replacedBy: 'd3' }), decision('d2', 'Ingen pressekontakt', { level: 'room' })]),
  meeting('m2026', '2026-06-09', null),
  // Two meetings on one day: the start time orders them.
  meeting('m2025b', '2025-03-11', [decision('d5', 'Eftermiddagens beslutning', { status: 'obsolete' })], { startTime: '13:00' }),
];

describe('decisionRegister', () => {
  it('lists every decision of every meeting, newest first, and a meeting without minutes adds none', () => {
    expect(decisionRegister(meetings).map((entry) => entry.decisionId)).toEqual(['d5', 'd4', 'd3', 'd2', 'd1']);
  });

  it('reads a decision without status as in force, and names the decision that replaced another', () => {
    const register = decisionRegister(meetings);
    const byId = (id: string) => register.find((entry) => entry.decisionId === id);
    expect(byId('d2')).toMatchObject({ status: 'inForce', replacedBy: null, level: 'room', meetingDate: '2024-09-10' });
    expect(byId('d1')?.replacedBy).toEqual({ decisionId: 'd3', meetingId: 'm2025', meetingDate: '2025-03-11', text: 'Agile kontrakter som fast tema' });
    expect(byId('d5')?.status).toBe('obsolete');
  });

  it('keeps a decision replaced by one since removed from the minutes as replaced, pointing at nothing', () => {
    const removed = [meeting('a', '2024-01-01', [decision('old', 'Gammel', { status: 'replaced', replacedBy: 'gone' })])];
    expect(decisionRegister(removed)[0]).toMatchObject({ status: 'replaced', replacedBy: null });
  });

  it('is empty for a group without meetings', () => {
    expect(decisionRegister([])).toEqual([]);
    expect(decisionYears([])).toEqual([]);
  });
});

describe('filterDecisions', () => {
  const register = decisionRegister(meetings);
  const ids = (filter: Partial<typeof NO_DECISION_FILTER>) => filterDecisions(register, { ...NO_DECISION_FILTER, ...filter }).map((entry) => entry.decisionId);

  it('filters by status, level and year, each alone and together', () => {
    expect(ids({})).toEqual(['d5', 'd4', 'd3', 'd2', 'd1']);
    expect(ids({ status: 'inForce' })).toEqual(['d4', 'd3', 'd2']);
    expect(ids({ level: 'room' })).toEqual(['d2']);
    expect(ids({ year: 2024 })).toEqual(['d2', 'd1']);
    expect(ids({ year: 2025, status: 'inForce', level: 'members' })).toEqual(['d4']);
    expect(ids({ year: 2023 })).toEqual([]);
  });

  it('matches every typed word in the text or the meeting theme, ignoring case, accents and punctuation', () => {
    expect(ids({ text: 'AGILE' })).toEqual(['d3']);
    expect(ids({ text: 'kontrakter næste' })).toEqual(['d4']);
    expect(ids({ text: 'mode hos' })).toEqual([]);
    expect(ids({ text: 'møde, hos!' })).toEqual(['d4']);
    expect(ids({ text: '   ' })).toHaveLength(5);
  });

  it('lists the years with decisions, newest first, once each', () => {
    expect(decisionYears(register)).toEqual([2025, 2024]);
  });
});

describe('replacing a decision', () => {
  it('offers only later decisions: later meetings, and later in the same meeting', () => {
    expect(replacementCandidates(decisionRegister(meetings), 'd1').map((entry) => entry.decisionId)).toEqual(['d5', 'd4', 'd3', 'd2']);
    expect(replacementCandidates(decisionRegister(meetings), 'd3').map((entry) => entry.decisionId)).toEqual(['d5', 'd4']);
    expect(replacementCandidates(decisionRegister(meetings), 'd5')).toEqual([]);
    expect(replacementCandidates(decisionRegister(meetings), 'unknown')).toEqual([]);
  });

  it('sets replaced with its replacement, obsolete without one, and in force as no status at all', () => {
    expect(decisionWithStatus(meetings, 'd2', { status: 'replaced', replacedBy: 'd4' })).toEqual({ ...decision('d2', 'Ingen pressekontakt', { level: 'room' }), status: 'replaced', replacedBy: 'd4' });
    expect(decisionWithStatus(meetings, 'd1', { status: 'obsolete' })).toEqual({ id: 'd1', text: 'Vi mødes fire gange om året', level: 'members', status: 'obsolete' });
    expect(decisionWithStatus(meetings, 'd1', { status: 'inForce' })).toEqual({ id: 'd1', text: 'Vi mødes fire gange om året', level: 'members' });
  });

  it('refuses an earlier or the same decision as the replacement, and an unknown decision', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof AppError ? error.code : 'other';
      }
      return 'none';
    };
    expect(refusal(() => decisionWithStatus(meetings, 'd3', { status: 'replaced', replacedBy: 'd1' }))).toBe('replacementNotLater');
    expect(refusal(() => decisionWithStatus(meetings, 'd3', { status: 'replaced', replacedBy: 'd3' }))).toBe('replacementNotLater');
    expect(refusal(() => decisionWithStatus(meetings, 'd3', { status: 'replaced', replacedBy: 'nowhere' }))).toBe('replacementNotLater');
    expect(refusal(() => decisionWithStatus(meetings, 'ghost', { status: 'obsolete' }))).toBe('decisionNotFound');
  });
});

describe('the minutes editor and the register', () => {
  it('hands the editor a decision without the register fields, keeping everything else', () => {
    const stored = decision('a', 'A', { status: 'replaced', replacedBy: 'b', agendaItemId: 'i1', level: 'room' });
    expect(withoutRegisterStatus(stored)).toEqual({ id: 'a', text: 'A', level: 'room', agendaItemId: 'i1' });
  });

  it('reads an entry back as the change that sets it again', () => {
    const register = decisionRegister(meetings);
    const change = (id: string) => statusChangeOf(register.find((entry) => entry.decisionId === id)!);
    expect(change('d1')).toEqual({ status: 'replaced', replacedBy: 'd3' });
    expect(change('d5')).toEqual({ status: 'obsolete' });
    expect(change('d2')).toEqual({ status: 'inForce' });
    expect(statusChangeOf({ status: 'replaced', replacedBy: null })).toEqual({ status: 'inForce' });
  });
});
