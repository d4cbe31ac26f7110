import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleMeeting, sampleNextMeeting, sampleThemes } from '../export/fixtures/sample-minutes';
import { DOT_BUDGET, themeSchema, type Theme } from './minutes-model';
import { chooseTheme, completeThemesOf, dotsUsedBy, raiseThemes, rankWaitingThemes, setDots, totalVotes, waitingThemeTitled } from './themes';

function idGenerator(): () => string {
  let next = 0;
  return () => `t${++next}`;
}

function backlogOf(result: ReturnType<typeof setDots>): Theme[] {
  if (!result.ok) throw new Error(`expected success, got ${result.reason}`);
  return result.backlog;
}

describe('raiseThemes', () => {
  it('adds raised themes as waiting, with who raised them and where', () => {
    const backlog = raiseThemes([], [{ title: ' Cloud-økonomi ', raisedByMemberId: 'm-line' }], sampleMeeting.id, idGenerator());
    expect(backlog).toEqual([
      { id: 't1', title: 'Cloud-økonomi', raisedByMemberId: 'm-line', raisedAtMeetingId: sampleMeeting.id, votes: {}, status: 'waiting' },
    ]);
    expect(themeSchema.parse(backlog[0])).toEqual(backlog[0]);
  });

  it('adds a theme raised by hand outside a meeting without a meeting reference', () => {
    const backlog = raiseThemes([], [{ title: 'Kunstig intelligens' }], undefined, idGenerator());
    expect(backlog).toEqual([{ id: 't1', title: 'Kunstig intelligens', votes: {}, status: 'waiting' }]);
  });

  it('does not add a waiting theme twice, nor a blank one', () => {
    const backlog = raiseThemes(sampleThemes, [{ title: 'sourcing  OG leverandørstyring' }, { title: '  ' }], sampleMeeting.id, idGenerator());
    expect(backlog).toEqual(sampleThemes);
  });

  it('finds a waiting theme by its title the same way, and none that is chosen or done', () => {
    expect(waitingThemeTitled(sampleThemes, ' sourcing  OG leverandørstyring')?.id).toBe('theme-sourcing');
    const chosen = sampleThemes.map((theme) => ({ ...theme, status: 'chosen' as const }));
    expect(waitingThemeTitled(chosen, 'Sourcing og leverandørstyring')).toBeUndefined();
  });
});

describe('setDots', () => {
  it('places, moves and removes a member’s dots', () => {
    let backlog = backlogOf(setDots(sampleThemes, 'theme-talent', 'm-line', 2));
    expect(totalVotes(backlog[1]!)).toBe(3);
    backlog = backlogOf(setDots(backlog, 'theme-talent', 'm-line', 0));
    expect(backlog[1]!.votes).toEqual({ 'm-anders': 1 });
  });

  it('holds each member to the dot budget across themes', () => {
    const backlog = backlogOf(setDots(sampleThemes, 'theme-sourcing', 'm-line', DOT_BUDGET));
    expect(setDots(backlog, 'theme-talent', 'm-line', 1)).toEqual({ ok: false, reason: 'overBudget' });
    // Changing the dots on the same theme does not count the old dots twice.
    expect(setDots(backlog, 'theme-sourcing', 'm-line', DOT_BUDGET).ok).toBe(true);
  });

  it('refuses unknown themes, themes no longer waiting and impossible dot counts', () => {
    expect(setDots(sampleThemes, 'nope', 'm-line', 1)).toEqual({ ok: false, reason: 'themeNotFound' });
    const chosen: Theme[] = [{ ...sampleThemes[0]!, status: 'chosen' }];
    expect(setDots(chosen, 'theme-sourcing', 'm-line', 1)).toEqual({ ok: false, reason: 'themeNotWaiting' });
    expect(setDots(sampleThemes, 'theme-talent', 'm-line', -1)).toEqual({ ok: false, reason: 'invalidDots' });
    expect(setDots(sampleThemes, 'theme-talent', 'm-line', 1.5)).toEqual({ ok: false, reason: 'invalidDots' });
  });

  it('never lets any member exceed the budget, whatever the sequence of votes', () => {
    const vote = fc.record({
      themeId: fc.constantFrom('theme-sourcing', 'theme-talent'),
      memberId: fc.constantFrom('m-a', 'm-b'),
      dots: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 20 }), (votes) => {
        let backlog: Theme[] = sampleThemes.map((theme) => ({ ...theme, votes: {} }));
        for (const { themeId, memberId, dots } of votes) {
          const result = setDots(backlog, themeId, memberId, dots);
          if (result.ok) backlog = result.backlog;
        }
        for (const memberId of ['m-a', 'm-b']) expect(dotsUsedBy(backlog, memberId)).toBeLessThanOrEqual(DOT_BUDGET);
        for (const theme of backlog) expect(themeSchema.safeParse(theme).success).toBe(true);
      }),
    );
  });
});

describe('rankWaitingThemes', () => {
  it('ranks by dots, ties in backlog order, and leaves out chosen and done themes', () => {
    const backlog: Theme[] = [
      { id: 'a', title: 'A', votes: { x: 1 }, status: 'waiting' },
      { id: 'b', title: 'B', votes: { x: 1, y: 2 }, status: 'waiting' },
      { id: 'c', title: 'C', votes: { z: 1 }, status: 'waiting' },
      { id: 'd', title: 'D', votes: { z: 3 }, status: 'done' },
    ];
    expect(rankWaitingThemes(backlog).map((theme) => theme.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('chooseTheme', () => {
  it('moves the chosen theme to the meeting, sets the meeting’s theme and ends the vote', () => {
    const result = chooseTheme(sampleThemes, 'theme-sourcing', sampleNextMeeting);
    if (!result.ok) throw new Error(result.reason);
    const { backlog, meeting, nextTheme } = result.chosen;
    expect(backlog[0]).toMatchObject({ status: 'chosen', meetingId: sampleNextMeeting.id, votes: {} });
    expect(backlog[1]).toMatchObject({ status: 'waiting', votes: {} });
    expect(meeting).toEqual({ ...sampleNextMeeting, theme: 'Sourcing og leverandørstyring' });
    expect(nextTheme).toEqual({ text: 'Sourcing og leverandørstyring', themeId: 'theme-sourcing' });
  });

  it('puts a theme chosen earlier for the same meeting back in the backlog', () => {
    const first = chooseTheme(sampleThemes, 'theme-sourcing', sampleNextMeeting);
    if (!first.ok) throw new Error(first.reason);
    const second = chooseTheme(first.chosen.backlog, 'theme-talent', sampleNextMeeting);
    if (!second.ok) throw new Error(second.reason);
    expect(second.chosen.backlog[0]).toEqual({ ...sampleThemes[0], votes: {}, status: 'waiting' });
    expect(second.chosen.backlog[1]).toMatchObject({ status: 'chosen', meetingId: sampleNextMeeting.id });
  });

  it('refuses a theme that is not waiting', () => {
    expect(chooseTheme([], 'x', sampleNextMeeting)).toEqual({ ok: false, reason: 'themeNotFound' });
    const first = chooseTheme(sampleThemes, 'theme-sourcing', sampleNextMeeting);
    if (!first.ok) throw new Error(first.reason);
    expect(chooseTheme(first.chosen.backlog, 'theme-sourcing', sampleMeeting)).toEqual({ ok: false, reason: 'themeNotWaiting' });
  });
});

describe('completeThemesOf', () => {
  it('marks the theme of a held meeting done and nothing else', () => {
    const first = chooseTheme(sampleThemes, 'theme-sourcing', sampleNextMeeting);
    if (!first.ok) throw new Error(first.reason);
    const completed = completeThemesOf(first.chosen.backlog, sampleNextMeeting.id);
    expect(completed.map((theme) => theme.status)).toEqual(['done', 'waiting']);
  });
});
