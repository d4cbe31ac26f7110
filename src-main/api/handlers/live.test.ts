// Live mode through dispatch on real services: a short meeting run from start to pacing report, what lands in the
// minutes and the backlog, and that the projector's view carries no minutes text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../domain/agenda-model';
import { callerFor, refusal, type Caller } from '../../test-support/caller';
import { startWithDemoGroup, type TestServices } from '../../test-support/test-services';

let test: TestServices;
let ref: { groupId: string; meetingId: string };

const agenda: AgendaItem[] = [
  { id: 'checkin', kind: 'checkIn', title: 'Bordet rundt', durationMinutes: 30, responsible: { kind: 'facilitator' }, notes: 'Husk kaffe' },
  { id: 'talk', kind: 'talk', title: 'Oplæg om drift', durationMinutes: 45, responsible: { kind: 'none' }, notes: '' },
  { id: 'closing', kind: 'closingRound', title: 'Afrunding', durationMinutes: 20, responsible: { kind: 'facilitator' }, notes: '' },
];

beforeEach(async () => {
  const started = await startWithDemoGroup();
  test = started.test;
  ref = { groupId: started.groupId, meetingId: started.meetings[0]!.id };
  await call('agenda.save', { ...ref, items: agenda });
});
afterEach(() => test.dispose());

const call: Caller = callerFor(() => test);

describe('a meeting run live', () => {
  it('moves through rounds and items, and captures land in the minutes at the item that was on', async () => {
    let view = await call('live.start', ref);
    expect(view.live?.currentItemId).toBe('checkin');
    view = await call('live.roundStart', { ...ref, order: 'attendance' });
    const round = view.live!.items[0]!.round!;
    expect(round.order).toEqual(view.members.map((member) => member.id));
    const first = round.order[0]!;
    await call('live.roundLine', { ...ref, agendaItemId: 'checkin', memberId: first, text: 'Ny strategi på vej' });
    view = await call('live.roundAdvance', { ...ref, outcome: 'spoke' });
    expect(view.roundLines.checkInRound[first]).toBe('Ny strategi på vej');
    await call('live.next', ref);
    view = await call('live.extend', ref);
    expect(view.live!.items[1]).toMatchObject({ agendaItemId: 'talk', extensionMinutes: 5 });
    await call('live.capture', { ...ref, agendaItemId: 'talk', capture: { kind: 'decision', text: 'Næste møde i Aarhus' } });
    await call('live.capture', { ...ref, agendaItemId: 'talk', capture: { kind: 'action', text: 'Send slides' } });
    view = await call('live.capture', { ...ref, agendaItemId: 'talk', capture: { kind: 'theme', text: 'AI i driften' } });
    expect(view.themesRaised.map((theme) => theme.title)).toEqual(['AI i driften']);
    view = await call('live.park', ref);
    expect(view.live!.currentItemId).toBe('closing');
    view = await call('live.undoMove', ref);
    expect(view.live!.currentItemId).toBe('talk');
    view = await call('live.park', ref);
    expect(view.live!.currentItemId).toBe('closing');

    const minutes = await call('minutes.get', ref);
    expect(minutes.minutes!.decisions).toEqual([expect.objectContaining({ text: 'Næste møde i Aarhus', agendaItemId: 'talk', level: 'members' })]);
    expect(minutes.minutes!.checkInRound).toEqual([{ memberId: first, text: 'Ny strategi på vej', level: 'room' }]);
    expect(minutes.actions).toEqual([expect.objectContaining({ text: 'Send slides', owner: { kind: 'facilitator' }, due: view.defaultDue, level: 'members' })]);

    const presenter = JSON.stringify(await call('live.presenter', ref));
    for (const secret of ['Ny strategi', 'Aarhus', 'Send slides', 'Husk kaffe']) expect(presenter).not.toContain(secret);

    await call('live.finish', ref);
    expect(await refusal(call('live.next', ref))).toMatchObject({ code: 'liveStepRefused', params: { reason: 'alreadyFinished' } });
    const pacing = await call('live.pacing', ref);
    expect(pacing.report.rows.map((row) => row.status)).toEqual(['done', 'parked', 'done']);
    const template = await call('live.carryDurations', { ...ref, target: { kind: 'new', name: 'Som sidst' } });
    expect((await call('live.pacing', ref)).templates).toContainEqual(template);
  });

  it('emptying a round line removes the entry; a line for an item that is not a round is refused', async () => {
    await call('live.start', ref);
    const view = await call('live.get', ref);
    const memberId = view.members[0]!.id;
    await call('live.roundLine', { ...ref, agendaItemId: 'closing', memberId, text: 'Tak for i dag' });
    await call('live.roundLine', { ...ref, agendaItemId: 'closing', memberId, text: '' });
    expect((await call('minutes.get', ref)).minutes!.closingRound).toEqual([]);
    expect(await refusal(call('live.roundLine', { ...ref, agendaItemId: 'talk', memberId, text: 'x' }))).toMatchObject({ code: 'liveStepRefused' });
  });

  it('starting twice keeps the meeting already running; a step before the start is refused', async () => {
    expect(await refusal(call('live.next', ref))).toMatchObject({ code: 'liveStepRefused', params: { reason: 'notStarted' } });
    const first = await call('live.start', ref);
    const again = await call('live.start', ref);
    expect(again.live!.startedAt).toBe(first.live!.startedAt);
  });

  it('the web host is told which page to open for the projector', async () => {
    expect(await call('live.openPresenter', ref)).toEqual({ kind: 'openInRenderer', hash: `#/present/${ref.groupId}/${ref.meetingId}` });
  });
});
