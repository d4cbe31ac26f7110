import { describe, expect, it } from 'vitest';
import { capturedAction, emptyMinutes, withDecision, withRoundLine } from './live-meeting-captures';
import { actionSchema, minutesSchema, NEW_ENTRY_LEVEL } from './minutes-model';

const when = '2026-03-05T10:00:00.000Z';

describe('captures during a live meeting', () => {
  it('a decision lands at the current item with the default level', () => {
    const minutes = withDecision(emptyMinutes('m1', when), { id: 'd1', text: 'Vi mødes i Aarhus', agendaItemId: 'talk' }, when);
    expect(minutes.decisions).toEqual([{ id: 'd1', text: 'Vi mødes i Aarhus', agendaItemId: 'talk', level: NEW_ENTRY_LEVEL.decision }]);
    expect(minutesSchema.parse(minutes)).toEqual(minutes);
  });

  it("a round line creates, changes and (emptied) removes the member's entry, keeping a level already chosen", () => {
    let minutes = withRoundLine(emptyMinutes('m1', when), 'checkInRound', 'anne', '  Ny i jobbet ', when);
    expect(minutes.checkInRound).toEqual([{ memberId: 'anne', text: 'Ny i jobbet', level: NEW_ENTRY_LEVEL.roundEntry }]);
    minutes = { ...minutes, checkInRound: [{ memberId: 'anne', text: 'Ny i jobbet', level: 'shareable' }] };
    minutes = withRoundLine(minutes, 'checkInRound', 'anne', 'Ny i jobbet hos KL', when);
    expect(minutes.checkInRound).toEqual([{ memberId: 'anne', text: 'Ny i jobbet hos KL', level: 'shareable' }]);
    expect(minutes.closingRound).toEqual([]);
    expect(withRoundLine(minutes, 'checkInRound', 'anne', ' ', when).checkInRound).toEqual([]);
  });

  it('an action is the facilitator’s and due at the next meeting unless said otherwise', () => {
    const action = capturedAction({ id: 'a1', meetingId: 'm1', text: 'Send slides' }, '2026-03-05', '2026-06-04');
    expect(action).toMatchObject({ owner: { kind: 'facilitator' }, due: '2026-06-04', status: 'open', level: NEW_ENTRY_LEVEL.action });
    expect(actionSchema.parse(action)).toEqual(action);
    expect(capturedAction({ id: 'a1', meetingId: 'm1', text: 'x' }, '2026-03-05', null).due).toBe('2026-06-04');
    const named = capturedAction({ id: 'a1', meetingId: 'm1', text: 'x', owner: { kind: 'member', memberId: 'bo' }, due: '2026-04-01' }, '2026-03-05', null);
    expect(named).toMatchObject({ owner: { kind: 'member', memberId: 'bo' }, due: '2026-04-01' });
  });
});
