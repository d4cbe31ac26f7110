// Calendar figures for the renderer benchmark: the calendar of all groups (10 groups × 20 years of meetings) opened
// and switched between its views, each timed from the click until the view shows its meetings, with the longest
// main-thread task seen meanwhile (Chromium's long-task timing: anything over 50 ms is a frame the user feels).
// Then issue 6's stress case on a folder of its own: a month holding 2,000 meetings, switched into and out of.
import type { Browser, Page } from '@playwright/test';
import type { Meeting, Workspace } from '../src-main/domain/model';
import { GENERATED_FIRST_YEAR, generateWorkspace, TWENTY_YEARS, TWO_YEARS } from './generate-workspace';
import { row, type Row } from './report';

interface Step {
  label: string;
  act: (page: Page) => Promise<void>;
}

const calendar = (page: Page) => page.locator('.netvaerk-calendar');
/**
 * Waits until `count` elements match, checking on every animation frame. (A locator's wait backs off to half a second
 * between checks, and that delay would be counted as the calendar's time.) In the DOM, not necessarily visible: with
 * ten groups on one day, FullCalendar folds some meetings into a "+N more" link.
 */
const shown = (page: Page, selector: string, count = 1) =>
  page.waitForFunction(([css, least]) => document.querySelectorAll(css).length >= least, [selector, count] as const, { polling: 'raf' });
const TITLE = '.netvaerk-calendar [role="heading"]';
const calendarShown = (page: Page) => shown(page, TITLE);
const meetingsShown = (page: Page) => shown(page, '.netvaerk-calendar .meeting-event');
// The year view draws its months one task at a time: it is shown when all twelve are there with December's meetings.
const yearShown = async (page: Page) => {
  await shown(page, '.netvaerk-calendar [role="table"][data-date]', 12);
  await shown(page, '.netvaerk-calendar [role="table"][data-date$="-12"] .meeting-event');
};
// FullCalendar gives its view buttons a longer accessible name than their text; pick them by the text shown.
const viewButton = (page: Page, text: string) => calendar(page).locator('button', { hasText: new RegExp(`^${text}$`) });

/** Months from `today`'s month to the December of the generated twenty years' last year (negative once past it). */
function monthsUntilLastGeneratedDecember(today: Date): number {
  const lastYear = GENERATED_FIRST_YEAR + TWENTY_YEARS.years - 1;
  return (lastYear - today.getFullYear()) * 12 + (11 - today.getMonth());
}

const STEPS: Step[] = [
  {
    label: 'open the calendar → meetings of this month shown',
    act: async (page) => {
      await page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: 'Kalender' }).click();
      await calendarShown(page);
      // The generated years end with December's meeting; step there from today's month so every view below has
      // meetings to draw (forward before that December, back after it).
      const months = monthsUntilLastGeneratedDecember(new Date());
      const step = calendar(page).getByRole('button', { name: months >= 0 ? /Næste/ : /Forrige/ }).first();
      for (let stepped = 0; stepped < Math.abs(months); stepped += 1) await step.click();
      await meetingsShown(page);
    },
  },
  { label: 'switch to the year view (all twelve months drawn)', act: async (page) => { await viewButton(page, 'År').click(); await yearShown(page); } },
  { label: 'switch to the list view', act: async (page) => { await viewButton(page, 'Liste').click(); await meetingsShown(page); } },
  { label: 'back to the month view', act: async (page) => { await viewButton(page, 'Måned').click(); await meetingsShown(page); } },
  {
    label: 'previous month and back',
    act: async (page) => {
      await calendar(page).getByRole('button', { name: /Forrige/ }).first().click();
      await calendar(page).getByRole('button', { name: /Næste/ }).first().click();
      await meetingsShown(page);
    },
  },
];

async function startLongTaskWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = window as unknown as { longTasks: number[] };
    record.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** The durations of the long tasks since the last call; the browser reports only tasks over 50 ms. */
async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const record = window as unknown as { longTasks: number[] };
    const tasks = record.longTasks;
    record.longTasks = [];
    return tasks;
  });
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/**
 * Each step timed from its first action until the page has drawn the frame after it, then how many main-thread tasks
 * over 50 ms (jank) it caused and, when there were any, the longest: "0.00 ms" would claim a measurement the browser
 * never makes for shorter tasks.
 */
async function timeSteps(page: Page, steps: readonly Step[], labelOf: (step: Step) => string, target?: number): Promise<Row[]> {
  await startLongTaskWatch(page);
  const rows: Row[] = [];
  for (const step of steps) {
    const started = performance.now();
    await step.act(page);
    // One more frame, so the long task that drew the view has been reported.
    await nextFrame(page);
    const elapsed = performance.now() - started;
    const longTasks = await takeLongTasks(page);
    rows.push(row('calendar', labelOf(step), elapsed, 'ms', target === undefined ? {} : { max: target }));
    rows.push(row('calendar', `  ${step.label}: main-thread tasks over 50 ms`, longTasks.length, 'tasks', { max: 1 }));
    if (longTasks.length > 0) rows.push(row('calendar', `  ${step.label}: the longest of them`, Math.max(...longTasks), 'ms'));
  }
  return rows;
}

/** Runs on a page where the app is open and ready; leaves the calendar showing. */
export async function calendarFigures(page: Page, groupCount: number): Promise<Row[]> {
  return timeSteps(page, STEPS, (step) => `${groupCount} groups × 20 years: ${step.label}`);
}

/** Issue 6: "calendar month switch with 2,000 events in a month (under 200 ms)". */
export const BUSY_MONTH_MEETINGS = 2000;
const BUSY_MONTH_TARGET_MS = 200;
const BUSY_GROUPS = 10;

const isoDay = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Ten small groups (two years each) whose meetings also fill the month after `today` with 2,000 meetings between
 * them, about 65 a day. The calendar opens on today's month, so one "next" leads into the busy month.
 */
export function busyMonthWorkspaces(today: Date): Workspace[] {
  const year = today.getMonth() === 11 ? today.getFullYear() + 1 : today.getFullYear();
  const month = (today.getMonth() + 1) % 12 + 1;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const perGroup = BUSY_MONTH_MEETINGS / BUSY_GROUPS;
  return Array.from({ length: BUSY_GROUPS }, (_, groupIndex) => {
    const workspace = generateWorkspace(groupIndex + 1, TWO_YEARS);
    const busy: Meeting[] = Array.from({ length: perGroup }, (_, index) => ({
      id: `busy${groupIndex}x${index}`,
      date: isoDay(year, month, 1 + ((index + groupIndex) % daysInMonth)),
      startTime: `${String(8 + (index % 9)).padStart(2, '0')}:00`,
      endTime: '17:00',
      kind: 'fullDay',
      hostOrganisation: '',
      address: '',
      theme: `Tema ${index}`,
      siteTour: false,
      dinner: false,
      jointWithSisterGroup: false,
      status: 'planned',
      agenda: [],
    }));
    return { ...workspace, meetings: [...workspace.meetings, ...busy] };
  });
}

/**
 * Steps a month with a toolbar arrow and waits until the new month's title and its meetings are drawn (a month this
 * crowded gets its meetings a task after its grid; the calendar is aria-busy until then).
 */
async function stepMonth(page: Page, arrow: RegExp): Promise<void> {
  const before = await page.locator(TITLE).first().textContent();
  await calendar(page).getByRole('button', { name: arrow }).first().click();
  await page.waitForFunction(([selector, old]) => document.querySelector(selector!)?.textContent !== old, [TITLE, before] as const);
  await shown(page, '.netvaerk-calendar:not([aria-busy]) .meeting-event');
}

const BUSY_STEPS: Step[] = [
  { label: 'into the month', act: (page) => stepMonth(page, /Næste/) },
  { label: 'out of it, to the month before', act: (page) => stepMonth(page, /Forrige/) },
  { label: 'into it again', act: (page) => stepMonth(page, /Næste/) },
];

/**
 * Opens the app on the busy-month folder (served by `startHost`), then the calendar, and times the month switches
 * into and out of the busy month.
 */
export async function busyMonthFigures(browser: Browser, startHost: (workspaces: readonly Workspace[]) => Promise<{ url: string; stop: () => Promise<void> }>): Promise<Row[]> {
  const host = await startHost(busyMonthWorkspaces(new Date()));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Grupper' }).getByRole('listitem').nth(BUSY_GROUPS - 1).waitFor();
    await page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: 'Kalender' }).click();
    await calendarShown(page);
    await nextFrame(page); // the calendar's first drawing is not part of the first switch
    return await timeSteps(page, BUSY_STEPS, (step) => `${BUSY_MONTH_MEETINGS} meetings in one month: ${step.label}`, BUSY_MONTH_TARGET_MS);
  } finally {
    await context.close();
    await host.stop();
  }
}
