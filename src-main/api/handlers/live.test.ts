// Live mode through dispatch on real services: a short meeting run from start to pacing report, what lands in the
// minutes and the backlog, and that the projector's view carries no minutes text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, startTestServices, type TestServices } from '../../test-support/test-services';
import type { GroupSummary } from '../../domain/model';
import type { MinutesEditorData, MinutesMeetingSummary } from '../operations/minutes';
import type { LivePacing, LiveView, PresenterView } from '../operations/live';

let test: TestServices;
let ref: { groupId: string; meetingId: string };

const agenda = [
  { id: 'checkin', kind: 'checkIn', title: 'Bordet rundt', durationMinutes: 30, responsible: { kind: 'facilitator' }, notes: 'Husk kaffe' },
  { id: 'talk', kind: 'talk', title: 'Oplæg om drift', durationMinutes: 45, responsible: { kind: 'none' }, notes: '' },
  { id: 'closing', kind: 'closingRound', title: 'Afrunding', durationMinutes: 20, responsible: { kind: 'facilitator' }, notes: '' },
];

beforeEach(async () => {
  test = await startTestServices();
  const groupId = (await call<GroupSummary>('groups.createDemo', { language: 'da' })).id;
  const meetings = await call<MinutesMeetingSummary[]>('minutes.meetings', { groupId });
  ref = { groupId, meetingId: meetings[0]!.id };
  await call('agenda.save', { ...ref, items: agenda });
});

afterEach(async () => {
  await test.dispose();
});

function call<T>(method: string, input: unknown): Promise<T> {
  return callOk<T>(test.services, method, input);
}

async function callError(method: string, input: unknown): Promise<unknown> {
  const reply = await test.services.dispatch(method, input);
  if (reply.ok) throw new Error(`${method} should have failed`);
  return reply.error;
}

describe('a meeting run live', () => {
  it('moves through rounds and items, and captures land in the minutes at the item that was on', async () => {
    let view = await call<LiveView>('live.start', ref);
    expect(view.live?.currentItemId).toBe('checkin');
    view = await call<LiveView>('live.roundStart', { ...ref, order: 'attendance' });
    const round = view.live!.items[0]!.round!;
    expect(round.order).toEqual(view.members.map((member) => member.id));
    const first = round.order[0]!;
    await call('live.roundLine', { ...ref, agendaItemId: 'checkin', memberId: first, text: 'Ny strategi på vej' });
    view = await call<LiveView>('live.roundAdvance', { ...ref, outcome: 'spoke' });
    expect(view.roundLines.checkInRound[first]).toBe('Ny strategi på vej');
    await call<LiveView>('live.next', ref);
    view = await call<LiveView>('live.extend', ref);
    expect(view.live!.items[1]).toMatchObject({ agendaItemId: 'talk', extensionMinutes: 5 });
    await call('live.capture', { ...ref, agendaItemId: 'talk', capture: { kind: 'decision', text: 'Næste møde i Aarhus' } });
    await call('live.capture', { ...ref, agendaItemId: 'talk', capture: { kind: 'action', text: 'Send slides' } });
    view = await call<LiveView>('live.capture', { ...ref, agendaItemId: 'talk', capture: { kind: 'theme', text: 'AI i driften' } });
    expect(view.themesRaised.map((theme) => theme.title)).toEqual(['AI i driften']);
    view = await call<LiveView>('live.park', ref);
    expect(view.live!.currentItemId).toBe('closing');
    view = await call<LiveView>('live.undoMove', ref);
    expect(view.live!.currentItemId).toBe('talk');
    view = await call<LiveView>('live.park', ref);
    expect(view.live!.currentItemId).toBe('closing');

    const minutes = await call<MinutesEditorData>('minutes.get', ref);
    expect(minutes.minutes!.decisions).toEqual([expect.objectContaining({ text: 'Næste møde i Aarhus', agendaItemId: 'talk', level: 'members' })]);
    expect(minutes.minutes!.checkInRound).toEqual([{ memberId: first, text: 'Ny strategi på vej', level: 'room' }]);
    expect(minutes.actions).toEqual([expect.objectContaining({ text: 'Send slides', owner: { kind: 'facilitator' }, due: view.defaultDue, level: 'members' })]);

    const presenter = JSON.stringify(await call<PresenterView>('live.presenter', ref));
    for (const secret of ['Ny strategi', 'Aarhus', 'Send slides', 'Husk kaffe']) expect(presenter).not.toContain(secret);

    await call('live.finish', ref);
    expect(await callError('live.next', ref)).toMatchObject({ code: 'liveStepRefused', params: { reason: 'alreadyFinished' } });
    const pacing = await call<LivePacing>('live.pacing', ref);
    expect(pacing.report.rows.map((row) => row.status)).toEqual(['done', 'parked', 'done']);
    const template = await call<{ id: string; name: string }>('live.carryDurations', { ...ref, target: { kind: 'new', name: 'Som sidst' } });
    expect((await call<LivePacing>('live.pacing', ref)).templates).toContainEqual(template);
  });

  it('emptying a round line removes the entry; a line for an item that is not a round is refused', async () => {
    await call('live.start', ref);
    const view = await call<LiveView>('live.get', ref);
    const memberId = view.members[0]!.id;
    await call('live.roundLine', { ...ref, agendaItemId: 'closing', memberId, text: 'Tak for i dag' });
    await call('live.roundLine', { ...ref, agendaItemId: 'closing', memberId, text: '' });
    expect((await call<MinutesEditorData>('minutes.get', ref)).minutes!.closingRound).toEqual([]);
    expect(await callError('live.roundLine', { ...ref, agendaItemId: 'talk', memberId, text: 'x' })).toMatchObject({ code: 'liveStepRefused' });
  });

  it('starting twice keeps the meeting already running; a step before the start is refused', async () => {
    expect(await callError('live.next', ref)).toMatchObject({ code: 'liveStepRefused', params: { reason: 'notStarted' } });
    const first = await call<LiveView>('live.start', ref);
    const again = await call<LiveView>('live.start', ref);
    expect(again.live!.startedAt).toBe(first.live!.startedAt);
  });

  it('the web host is told which page to open for the projector', async () => {
    expect(await call('live.openPresenter', ref)).toEqual({ kind: 'openInRenderer', hash: `#/present/${ref.groupId}/${ref.meetingId}` });
  });
});
