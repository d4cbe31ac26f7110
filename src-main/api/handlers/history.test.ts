// The history handlers through dispatch on real services: the decision register and its statuses (kept when the
// minutes are saved again), and attendance and host rotation over past years.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callerFor, refusal, type Caller } from '../../test-support/caller';
import { startWithDemoGroup, type TestServices } from '../../test-support/test-services';
import type { MinutesDraft } from '../operations/minutes';

let test: TestServices;
let groupId: string;

beforeEach(async () => {
  ({ test, groupId } = await startWithDemoGroup());
});
afterEach(() => test.dispose());

const call: Caller = callerFor(() => test);

/** Newest first, as the register lists its years. */
const newestFirst = (years: Iterable<number>) => [...new Set(years)].sort((a, b) => b - a);

/** A past meeting hosted by `host`, with minutes: these decisions and everyone on the roster today as `status`. */
async function heldMeeting(date: string, host: string, decisions: MinutesDraft['decisions'], absentIndex: number | null = null): Promise<string> {
  const meeting = await call('meetings.create', {
    groupId,
    fields: { date, startTime: '09:00', endTime: '16:00', kind: 'fullDay', hostOrganisation: host, address: '', theme: `Tema ${date}`, siteTour: false, dinner: false, jointWithSisterGroup: false, status: 'held' },
  });
  const editor = await call('minutes.get', { groupId, meetingId: meeting.id });
  const attendance = editor.members.map((member, index) => ({ memberId: member.id, status: index === absentIndex ? ('absent' as const) : ('present' as const) }));
  await call('minutes.save', {
    groupId,
    meetingId: meeting.id,
    minutes: { attendance, guests: [], notes: [], decisions, checkInRound: [], closingRound: [] },
    actions: [],
  });
  return meeting.id;
}

describe('the decision register', () => {
  it('lists every decision newest first, sets a status, and keeps it when the minutes are saved again', async () => {
    // The demo's held meeting of last quarter has decisions of its own, newer than these.
    const demo = await call('history.decisions', { groupId });
    const first = await heldMeeting('2024-03-12', '', [{ id: 'old', text: 'Vi mødes hos medlemmerne', level: 'members' }]);
    await heldMeeting('2025-03-11', '', [{ id: 'new', text: 'Vi mødes på skift hos medlemmerne og søstergruppen', level: 'shareable' }]);

    const register = await call('history.decisions', { groupId });
    expect(register.decisions.map((entry) => [entry.decisionId, entry.status])).toEqual([
      ...demo.decisions.map((entry) => [entry.decisionId, entry.status]),
      ['new', 'inForce'],
      ['old', 'inForce'],
    ]);
    expect(register.years).toEqual(newestFirst([...demo.years, 2025, 2024]));
    const entry = async (decisionId: string) => (await call('history.decisions', { groupId })).decisions.find((found) => found.decisionId === decisionId);

    const { previous } = await call('history.setDecisionStatus', { groupId, decisionId: 'old', change: { status: 'replaced', replacedBy: 'new' } });
    expect(previous).toEqual({ status: 'inForce' });

    // The editor gets the decision without the register's fields and saves it back, edited: the status stays.
    const editor = await call('minutes.get', { groupId, meetingId: first });
    expect(editor.minutes?.decisions).toEqual([{ id: 'old', text: 'Vi mødes hos medlemmerne', level: 'members' }]);
    await call('minutes.save', {
      groupId,
      meetingId: first,
      minutes: { attendance: editor.minutes!.attendance, guests: [], notes: [], decisions: [{ id: 'old', text: 'Vi mødes hos medlemmerne (rettet)', level: 'members' }], checkInRound: [], closingRound: [] },
      actions: [],
    });
    expect(await entry('old')).toMatchObject({ decisionId: 'old', text: 'Vi mødes hos medlemmerne (rettet)', status: 'replaced', replacedBy: { decisionId: 'new', meetingDate: '2025-03-11' } });

    // Taking it back: the previous status is what an undo sends.
    const undo = await call('history.setDecisionStatus', { groupId, decisionId: 'old', change: { status: 'inForce' } });
    expect(undo.previous).toEqual({ status: 'replaced', replacedBy: 'new' });
    expect(await entry('old')).toMatchObject({ status: 'inForce', replacedBy: null });
  });

  it('refuses an earlier replacement and an unknown decision, and changes nothing', async () => {
    await heldMeeting('2024-03-12', '', [{ id: 'old', text: 'Først', level: 'members' }]);
    await heldMeeting('2025-03-11', '', [{ id: 'new', text: 'Siden', level: 'members' }]);
    const before = await call('history.decisions', { groupId });
    expect((await refusal(call('history.setDecisionStatus', { groupId, decisionId: 'new', change: { status: 'replaced', replacedBy: 'old' } })))?.code).toBe('replacementNotLater');
    expect((await refusal(call('history.setDecisionStatus', { groupId, decisionId: 'ghost', change: { status: 'obsolete' } })))?.code).toBe('decisionNotFound');
    expect(await call('history.decisions', { groupId })).toEqual(before);
  });
});

describe('engagement', () => {
  it('counts attendance per member and per year from held meetings only, and queues the hosts', async () => {
    // Counted beside the demo's own held meeting of last quarter.
    const demoYears = (await call('history.engagement', { groupId })).years.map((year): [number, number] => [year.year, year.meetingsHeld]);
    await heldMeeting('2024-06-11', 'Skat', [], 0);
    await heldMeeting('2025-06-10', 'Region Syd', [], 0);
    await heldMeeting('2025-09-09', 'Skat', []);
    const view = await call('history.engagement', { groupId });

    const held = new Map(demoYears);
    for (const [year, count] of [[2024, 1], [2025, 2]] as const) held.set(year, (held.get(year) ?? 0) + count);
    expect(view.years.map((year) => [year.year, year.meetingsHeld])).toEqual([...held].sort(([a], [b]) => a - b));
    const memberCount = view.members.length;
    expect(memberCount).toBeGreaterThan(1);
    expect(view.years.find((year) => year.year === 2024)).toMatchObject({ meetings: memberCount, present: memberCount - 1, absent: 1 });
    // The member away from the first two of these meetings: the first on the roster, as heldMeeting marks them.
    const absentId = (await call('minutes.get', { groupId, meetingId: (await call('minutes.meetings', { groupId }))[0]!.id })).members[0]!.id;
    const missing = view.members.find((member) => member.memberId === absentId);
    expect(missing).toMatchObject({ longestAbsenceRun: 2, currentAbsenceRun: 0, total: { absent: 2 } });
    expect(missing!.total.present).toBe(missing!.total.meetings - 2);

    // The demo's planned meetings have their hosts; the queue names the organisations whose turn is waiting first.
    expect(view.rotation.hosted.some((record) => record.organisation === 'Skat' && record.visits.length === 2)).toBe(true);
    expect(view.hostQueue.length).toBeGreaterThan(0);
    for (const turn of view.hostQueue) for (const memberId of turn.memberIds) expect(view.memberNames[memberId]).toBeTruthy();
  });
});
