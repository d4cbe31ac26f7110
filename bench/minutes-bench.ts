// Minutes editor figures, taken the way the facilitator feels them: the browser's Event Timing inside the page (the
// longest entry of each interaction) for keystrokes in a note and a round line and for clicks that add a decision,
// and click → new field drawn for the adds; then live meeting mode ("Mødetilstand") on the same meeting: the key that
// moves to the next item, to the frame that shows that item on. Two meetings, each moved to today so it is the meeting
// of the day that both the minutes tab and live mode open on: the newest held meeting of the twenty-year group
// (hundreds of current members, so the rounds and attendance are long), and a meeting of 20 members, 10 agenda items
// and 60 entries, the size issue 10 names.
import type { Browser, Page } from '@playwright/test';
import type { Meeting, Workspace } from '../src-main/domain/model';
import type { Minutes } from '../src-main/domain/minutes-model';
import { localIsoDate } from '../src-main/domain/summaries';
import { generateWorkspace, TWENTY_YEARS } from './generate-workspace';
import { summarize } from './measure';
import { installPageRecorder, measureInteraction, type InteractionResult } from './page-recorder';
import { row, type Row } from './report';
import { clickToFrame } from './renderer-bench';

/** Chromium reports an event only from this duration up (its lowest threshold); shorter interactions count as this. */
const EVENT_TIMING_FLOOR_MS = 16;
const TYPED = 'Vi aftalte en pilot med tre regioner nu';
const ADDS = 10;
/** Presses of "next item" in live mode, each taken back (untimed) so every press leaves the same item for the same one. */
const LIVE_STEPS = 10;
/** The generated agenda's first two items (generate-workspace.ts): live mode starts on the first, "next" puts on the second. */
const FIRST_ITEM = 'Velkomst';
const SECOND_ITEM = 'Runde: nyt fra jer';

interface WebHost {
  url: string;
  stop: () => Promise<void>;
}

/** A 20-member group whose newest held meeting has 10 agenda items and 60 entries (10 notes, 10 decisions, 2 × 20 rounds). */
export function twentyMemberMeeting(): Workspace {
  const base = generateWorkspace(31, { years: 2, members: 20, speakers: 50, invitations: 10, actions: 10 }, 'Netværk 20 medlemmer');
  const members = base.members.map(({ left: _left, ...member }) => member);
  const held = [...base.meetings].reverse().find((meeting) => meeting.date <= today())!;
  const minutes: Minutes = {
    meetingId: held.id,
    attendance: members.map((member) => ({ memberId: member.id, status: 'present' })),
    guests: [],
    notes: held.agenda.map((item) => ({ id: `${item.id}n`, agendaItemId: item.id, text: 'Kort note om punktet.', level: 'members' })),
    decisions: Array.from({ length: 10 }, (_, index) => ({ id: `${held.id}d${index}`, text: `Beslutning nummer ${index + 1}`, level: 'members' })),
    checkInRound: members.map((member) => ({ memberId: member.id, text: 'Travlt med budgettet.', level: 'room' })),
    closingRound: members.map((member) => ({ memberId: member.id, text: 'Godt møde.', level: 'members' })),
    updatedAt: `${held.date}T15:00:00.000Z`,
  };
  const meetings: Meeting[] = base.meetings.map((meeting) => (meeting.id === held.id ? { ...meeting, minutes } : meeting));
  return { ...base, members, meetings };
}

/** The browser's and the web host's today (both local time, as the app counts days). */
function today(): string {
  return localIsoDate(new Date());
}

/**
 * `workspace` with its newest held meeting moved to today, minutes and all: the meeting of the day, which the minutes
 * tab opens on (the latest meeting that has begun) as before, and which live mode opens on by itself.
 */
export function withMeetingOfTheDay(workspace: Workspace): Workspace {
  const day = today();
  const held = [...workspace.meetings].sort((a, b) => a.date.localeCompare(b.date)).filter((meeting) => meeting.date <= day).at(-1)!;
  return { ...workspace, meetings: workspace.meetings.map((meeting) => (meeting.id === held.id ? { ...meeting, date: day } : meeting)) };
}

/** Records, in order, the longest Event Timing entry of every interaction from now on, and whether it was a key's. */
function observeInteractions(floor: number): void {
  const longest = new Map<number, { duration: number; key: boolean }>();
  (window as unknown as { interactions: typeof longest }).interactions = longest;
  new PerformanceObserver((list) => {
    // interactionId is newer than TypeScript's DOM types.
    for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
      if (!entry.interactionId) continue;
      const known = longest.get(entry.interactionId);
      longest.set(entry.interactionId, { duration: Math.max(known?.duration ?? 0, entry.duration), key: (known?.key ?? false) || entry.name.startsWith('key') });
    }
  }).observe({ type: 'event', buffered: false, durationThreshold: floor } as PerformanceObserverInit);
}

/**
 * Durations of the key (or pointer) interactions made by `act`, `expected` of them, in order; those the browser did
 * not report were under the floor and count as it (at the end: which ones they were is not known).
 */
async function interactionDurations(page: Page, kind: 'key' | 'pointer', expected: number, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(observeInteractions, EVENT_TIMING_FLOOR_MS);
  await act();
  // Entries are delivered after the frame that follows the interaction.
  await page.waitForTimeout(500);
  const reported = await page.evaluate(() => [...(window as unknown as { interactions: Map<number, { duration: number; key: boolean }> }).interactions.values()]);
  const ofKind = reported.filter((interaction) => interaction.key === (kind === 'key')).map((interaction) => interaction.duration);
  return [...ofKind, ...Array.from({ length: Math.max(0, expected - ofKind.length) }, () => EVENT_TIMING_FLOOR_MS)];
}

interface EditorFigures {
  noteKeys: number[];
  roundKeys: number[];
  addClicks: number[];
  addPainted: number[];
  liveNext: InteractionResult[];
}

/**
 * Live mode on the meeting of the day: started (untimed), then "N" pressed LIVE_STEPS times, each measured from the key
 * press to the frame that shows the second item as the one on now, and taken back with "U" (untimed) before the next.
 */
async function measureLiveNext(page: Page): Promise<InteractionResult[]> {
  await page.getByRole('tab', { name: 'Mødetilstand' }).click();
  const current = page.getByTestId('live-current-title');
  await page.getByTestId('live-start').click({ timeout: 60_000 });
  await current.filter({ hasText: FIRST_ITEM }).waitFor({ timeout: 60_000 });
  const results: InteractionResult[] = [];
  for (let step = 0; step < LIVE_STEPS; step += 1) {
    // The keys are ignored while a field has the focus, as they would be for the facilitator.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.waitForTimeout(300); // let the last step's own work settle
    results.push(await measureInteraction(page, () => page.keyboard.press('n'), { selector: '[data-testid="live-current-title"]', text: SECOND_ITEM }));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('u');
    await current.filter({ hasText: FIRST_ITEM }).waitFor({ timeout: 60_000 });
  }
  return results;
}

async function measureEditor(page: Page, url: string, groupName: string): Promise<EditorFigures> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: new RegExp(`^${groupName}\\b`) }).click();
  await page.getByRole('tab', { name: 'Referater' }).click();
  const main = page.getByRole('main');
  await main.getByRole('heading', { level: 2, name: /^Referat / }).waitFor({ timeout: 60_000 });
  const note = main.getByRole('textbox', { name: /^Noter til / }).first();
  const round = main.getByRole('textbox', { name: /^Runde: nyt fra jer: |^Bordet rundt: / }).first();
  // The click that focuses the field and End (caret to the end) are not typing: done before the count starts, and
  // the click, a pointer interaction, left out should its entry come late.
  const typedKeys = async (field: typeof note) => {
    await field.click();
    await field.press('End');
    await page.waitForTimeout(300);
    return interactionDurations(page, 'key', TYPED.length, () => field.pressSequentially(TYPED, { delay: 50, timeout: 120_000 }));
  };
  const noteKeys = await typedKeys(note);
  const roundKeys = await typedKeys(round);
  // Found by CSS and text, and the decisions counted once: a role query walks the accessibility of the whole page on
  // its main thread (~130 ms on the twenty-year group), and between clicks it landed inside the measured interactions.
  const addButton = page.locator('main button', { hasText: /^Tilføj beslutning$/ });
  const decisionsBefore = await main.getByRole('textbox', { name: /^Beslutning \d+$/ }).count();
  const addPainted: number[] = [];
  const addClicks = await interactionDurations(page, 'pointer', ADDS, async () => {
    for (let added = 0; added < ADDS; added += 1) {
      const number = decisionsBefore + added + 1;
      addPainted.push((await clickToFrame(page, addButton, { selector: `input[aria-label="Beslutning ${number}"]` })).ms);
      await page.keyboard.press('Escape');
    }
  });
  const liveNext = await measureLiveNext(page);
  return { noteKeys, roundKeys, addClicks: addClicks.slice(0, ADDS), addPainted, liveNext };
}

export async function minutesFigures(browser: Browser, startHost: (workspaces: readonly Workspace[]) => Promise<WebHost>): Promise<Row[]> {
  const cases = [
    { label: '20 members, 10 items, 60 entries', workspace: withMeetingOfTheDay(twentyMemberMeeting()) },
    { label: 'twenty-year group', workspace: withMeetingOfTheDay(generateWorkspace(17, TWENTY_YEARS, 'Netværk tyve år')) },
  ];
  const rows: Row[] = [];
  for (const { label, workspace } of cases) {
    const host = await startHost([workspace]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    // The interaction bench's recorder (Event Timing and long tasks from the start), for the live-mode step.
    await context.addInitScript(installPageRecorder, false);
    try {
      const figures = await measureEditor(await context.newPage(), host.url, workspace.group.name);
      const note = summarize(figures.noteKeys);
      const roundLine = summarize(figures.roundKeys);
      const clicks = summarize(figures.addClicks);
      const painted = summarize(figures.addPainted);
      const nextTiming = summarize(figures.liveNext.flatMap((result) => result.eventTimingMs));
      const nextPainted = summarize(figures.liveNext.map((result) => result.paintedMs));
      const nextLongestTask = Math.max(0, ...figures.liveNext.map((result) => result.longestTaskMs));
      rows.push(
        row('minutes', `${label}: keystroke in a note, Event Timing p50 of ${note.runs}`, note.p50, 'ms', { atMost: 24 }),
        row('minutes', `${label}: keystroke in a note, Event Timing p95`, note.p95, 'ms', { atMost: 50 }),
        row('minutes', `${label}: keystroke in a round line, Event Timing p50 of ${roundLine.runs}`, roundLine.p50, 'ms', { atMost: 24 }),
        row('minutes', `${label}: keystroke in a round line, Event Timing p95`, roundLine.p95, 'ms', { atMost: 50 }),
        row('minutes', `${label}: click "add decision", Event Timing p95 of ${clicks.runs}`, clicks.p95, 'ms', { atMost: 100 }),
        row('minutes', `${label}: click "add decision" → new field drawn, p95`, painted.p95, 'ms', { atMost: 150 }),
        row('minutes', `${label}: live mode, key "next item", Event Timing p50 of ${nextTiming.runs}`, nextTiming.p50, 'ms', { atMost: 50 }),
        row('minutes', `${label}: live mode, key "next item", Event Timing p95`, nextTiming.p95, 'ms', { atMost: 100 }),
        row('minutes', `${label}: live mode, key "next item" → next item drawn (stored first), p50`, nextPainted.p50, 'ms', { atMost: 100 }),
        row('minutes', `${label}: live mode, key "next item" → next item drawn (stored first), p95`, nextPainted.p95, 'ms', { atMost: 150 }),
        row('minutes', `${label}: live mode, key "next item", longest main-thread task`, nextLongestTask, 'ms', { atMost: 50 }),
      );
    } finally {
      await context.close();
      await host.stop();
    }
  }
  return rows;
}
