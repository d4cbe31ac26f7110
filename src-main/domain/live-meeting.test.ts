import { describe, expect, it } from 'vitest';
import {
  currentLiveItem,
  elapsedSeconds,
  extendCurrentItem,
  finishLiveMeeting,
  nextItem,
  parkItem,
  secondsLeft,
  startLiveMeeting,
  takeUpParked,
  undoLastMove,
  updateCurrentItem,
} from './live-meeting';
import { DEFAULT_SECONDS_PER_PERSON, liveMeetingSchema, type LiveMeeting, type LiveStep } from './live-meeting-model';
import { advanceSpeaker, previousSpeaker, shuffledOrder, speakerSecondsLeft, startRound } from './live-meeting-rounds';

const agenda = [
  { id: 'welcome', durationMinutes: 10 },
  { id: 'checkin', durationMinutes: 60 },
  { id: 'talk', durationMinutes: 45 },
];
/** Local wall-clock time on the meeting day, as an instant. */
const at = (time: string) => new Date(`2026-03-05T${time}:00`).toISOString();

function ok<T>(step: LiveStep<T>): T {
  if (!step.ok) throw new Error(`refused: ${step.reason}`);
  return step.live;
}

function started(): LiveMeeting {
  return ok(startLiveMeeting(agenda, at('09:02')));
}

describe('moving through the agenda', () => {
  it('starts with the first item on and the default time per person', () => {
    const live = started();
    expect(live.currentItemId).toBe('welcome');
    expect(live.secondsPerPerson).toBe(DEFAULT_SECONDS_PER_PERSON);
    expect(liveMeetingSchema.parse(live)).toEqual(live);
  });

  it('refuses to start a meeting without an agenda', () => {
    expect(startLiveMeeting([], at('09:00'))).toEqual({ ok: false, reason: 'noAgenda' });
  });

  it('counts time from stored moments, so a reload later shows the same clock', () => {
    const live = liveMeetingSchema.parse(JSON.parse(JSON.stringify(started())));
    const current = currentLiveItem(live)!;
    expect(elapsedSeconds(current, at('09:07'))).toBe(300);
    expect(secondsLeft(current, 10, at('09:07'))).toBe(300);
    expect(secondsLeft(current, 10, at('09:15'))).toBe(-180);
  });

  it('next item closes the current one with its time and starts the next', () => {
    const live = ok(nextItem(started(), agenda, at('09:14')));
    expect(live.currentItemId).toBe('checkin');
    expect(live.items[0]).toMatchObject({ agendaItemId: 'welcome', status: 'done', spentSeconds: 720, lastEndedAt: at('09:14') });
    expect(live.items[0]!.runningSince).toBeUndefined();
  });

  it('after the last item nothing is on, and a further "next" is refused', () => {
    let live = started();
    for (const time of ['09:10', '10:10', '10:55']) live = ok(nextItem(live, agenda, at(time)));
    expect(live.currentItemId).toBeUndefined();
    expect(nextItem(live, agenda, at('11:00'))).toEqual({ ok: false, reason: 'noCurrentItem' });
  });

  it('extends only the current item, five minutes a time', () => {
    const live = ok(extendCurrentItem(ok(extendCurrentItem(started()))));
    expect(currentLiveItem(live)!.extensionMinutes).toBe(10);
    expect(secondsLeft(currentLiveItem(live)!, 10, at('09:02'))).toBe(20 * 60);
  });

  it('a parked item is passed over, and taken up later it keeps the time it used', () => {
    let live = ok(parkItem(started(), agenda, at('09:05')));
    expect(live.currentItemId).toBe('checkin');
    live = ok(nextItem(live, agenda, at('10:00')));
    expect(live.currentItemId).toBe('talk');
    live = ok(takeUpParked(live, 'welcome', at('10:30')));
    expect(live.currentItemId).toBe('welcome');
    expect(live.items.find((item) => item.agendaItemId === 'talk')!.status).toBe('done');
    expect(elapsedSeconds(currentLiveItem(live)!, at('10:32'))).toBe(300);
    // With every item visited, "next" leaves nothing on rather than starting a parked item again.
    expect(ok(nextItem(live, agenda, at('10:40'))).currentItemId).toBeUndefined();
  });

  it('only a parked item can be taken up', () => {
    expect(takeUpParked(started(), 'welcome', at('09:03'))).toEqual({ ok: false, reason: 'notParked' });
    expect(takeUpParked(started(), 'nope', at('09:03'))).toEqual({ ok: false, reason: 'itemNotFound' });
  });

  it('finishing stops the clock, and nothing moves afterwards', () => {
    const live = ok(finishLiveMeeting(started(), at('09:30')));
    expect(live.finishedAt).toBe(at('09:30'));
    expect(live.currentItemId).toBeUndefined();
    expect(elapsedSeconds(live.items[0]!, at('12:00'))).toBe(28 * 60);
    expect(nextItem(live, agenda, at('12:00'))).toEqual({ ok: false, reason: 'alreadyFinished' });
    expect(extendCurrentItem(live)).toEqual({ ok: false, reason: 'alreadyFinished' });
  });
});

describe('taking back a move', () => {
  it('puts the item before back on with a continuous clock, and the next item is reached again later', () => {
    const moved = ok(nextItem(started(), agenda, at('09:10')));
    const undone = ok(undoLastMove(moved));
    expect(undone.currentItemId).toBe('welcome');
    expect(undone.items.map((item) => item.agendaItemId)).toEqual(['welcome']);
    expect(elapsedSeconds(currentLiveItem(undone)!, at('09:12'))).toBe(600);
    expect(ok(nextItem(undone, agenda, at('09:13'))).currentItemId).toBe('checkin');
  });

  it('takes back a park too, and a "next" after the last item', () => {
    expect(ok(undoLastMove(ok(parkItem(started(), agenda, at('09:05'))))).items[0]).toMatchObject({ status: 'running', agendaItemId: 'welcome' });
    let live = started();
    for (const time of ['09:10', '10:10', '10:55']) live = ok(nextItem(live, agenda, at(time)));
    expect(ok(undoLastMove(live)).currentItemId).toBe('talk');
  });

  it('is refused once the item on now has a life of its own, or before any move', () => {
    expect(undoLastMove(started())).toEqual({ ok: false, reason: 'nothingToUndo' });
    const moved = ok(nextItem(started(), agenda, at('09:10')));
    const withRound = ok(updateCurrentItem(moved, (item) => startRound(item, ['anne'], 'attendance', 0, at('09:11'))));
    expect(undoLastMove(withRound)).toEqual({ ok: false, reason: 'nothingToUndo' });
    const takenUp = ok(takeUpParked(ok(parkItem(moved, agenda, at('09:20'))), 'checkin', at('09:30')));
    expect(undoLastMove(takenUp)).toEqual({ ok: false, reason: 'nothingToUndo' });
  });
});

describe('the round-table conductor', () => {
  const members = ['anne', 'bo', 'carl', 'dina'];
  const inRound = () => ok(nextItem(started(), agenda, at('09:10')));

  it('keeps the attendance order, or shuffles the same way for the same seed', () => {
    expect(ok(startRound(currentLiveItem(inRound())!, members, 'attendance', 7, at('09:10'))).round!.order).toEqual(members);
    const once = shuffledOrder(members, 42);
    expect(shuffledOrder(members, 42)).toEqual(once);
    expect([...once].sort()).toEqual(members);
    expect(new Set([1, 2, 3, 4, 5].map((seed) => shuffledOrder(members, seed).join()))).not.toEqual(new Set([members.join()]));
  });

  it('gives each speaker their own clock and records how each turn ended', () => {
    let live = ok(updateCurrentItem(inRound(), (item) => startRound(item, members, 'attendance', 0, at('09:10'))));
    const round = () => currentLiveItem(live)!.round!;
    expect(speakerSecondsLeft(round(), 180, at('09:12'))).toBe(60);
    live = ok(updateCurrentItem(live, (item) => advanceSpeaker(item, 'spoke', at('09:13'))));
    live = ok(updateCurrentItem(live, (item) => advanceSpeaker(item, 'passed', at('09:13'))));
    live = ok(updateCurrentItem(live, (item) => advanceSpeaker(item, 'absent', at('09:13'))));
    expect(round().outcomes).toEqual({ anne: 'spoke', bo: 'passed', carl: 'absent' });
    expect(speakerSecondsLeft(round(), 180, at('09:17'))).toBe(-60);
    live = ok(updateCurrentItem(live, (item) => advanceSpeaker(item, 'spoke', at('09:18'))));
    expect(speakerSecondsLeft(round(), 180, at('09:18'))).toBeNull();
    expect(updateCurrentItem(live, (item) => advanceSpeaker(item, 'spoke', at('09:18')))).toEqual({ ok: false, reason: 'roundOver' });
  });

  it('"back" gives the word to the previous speaker again and forgets their outcome', () => {
    let live = ok(updateCurrentItem(inRound(), (item) => startRound(item, members, 'attendance', 0, at('09:10'))));
    live = ok(updateCurrentItem(live, (item) => advanceSpeaker(item, 'passed', at('09:11'))));
    live = ok(updateCurrentItem(live, (item) => previousSpeaker(item, at('09:12'))));
    const round = currentLiveItem(live)!.round!;
    expect(round.currentIndex).toBe(0);
    expect(round.outcomes).toEqual({});
    expect(round.speakerStartedAt).toBe(at('09:12'));
  });

  it('refuses speaker moves before the round has started', () => {
    expect(updateCurrentItem(inRound(), (item) => advanceSpeaker(item, 'spoke', at('09:11')))).toEqual({ ok: false, reason: 'roundNotStarted' });
  });

  it('a round with nobody present is over at once', () => {
    const item = ok(startRound(currentLiveItem(inRound())!, [], 'shuffled', 1, at('09:10')));
    expect(item.round).toMatchObject({ order: [], currentIndex: 0 });
    expect(speakerSecondsLeft(item.round!, 180, at('09:10'))).toBeNull();
  });

  it("the speaker's clock pauses with the item and starts afresh when it is taken up again", () => {
    let live = ok(updateCurrentItem(inRound(), (item) => startRound(item, members, 'attendance', 0, at('09:10'))));
    live = ok(parkItem(live, agenda, at('09:20')));
    expect(live.items[1]!.round!.speakerStartedAt).toBeUndefined();
    live = ok(takeUpParked(live, 'checkin', at('11:00')));
    expect(currentLiveItem(live)!.round!.speakerStartedAt).toBe(at('11:00'));
  });
});
