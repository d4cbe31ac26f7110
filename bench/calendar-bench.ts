// Calendar figures for the renderer benchmark: the calendar of all groups (10 groups × 20 years of meetings) opened
// and switched between its views, each timed from the click until the view shows its meetings, with the longest
// main-thread task seen meanwhile (Chromium's long-task timing: anything over 50 ms is a frame the user feels).
import type { Page } from '@playwright/test';
import { row, type Row } from './report';

interface Step {
  label: string;
  act: (page: Page) => Promise<void>;
}

const calendar = (page: Page) => page.locator('.netvaerk-calendar');
// 'attached', not 'visible': with ten groups on one day, FullCalendar folds some meetings into a "+N more" link.
const meetingsShown = (page: Page) => calendar(page).locator('.meeting-event').first().waitFor({ state: 'attached' });
// FullCalendar gives its view buttons a longer accessible name than their text; pick them by the text shown.
const viewButton = (page: Page, text: string) => calendar(page).locator('button', { hasText: new RegExp(`^${text}$`) });

const STEPS: Step[] = [
  {
    label: 'open the calendar → meetings of this month shown',
    act: async (page) => {
      await page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: 'Kalender' }).click();
      await calendar(page).waitFor();
      // The generated years end with December's meeting; step there so every view below has meetings to draw.
      await calendar(page).getByRole('button', { name: /Næste/ }).first().click();
      await meetingsShown(page);
    },
  },
  { label: 'switch to the year view', act: async (page) => { await viewButton(page, 'År').click(); await meetingsShown(page); } },
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

async function takeLongestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const record = window as unknown as { longTasks: number[] };
    const longest = Math.max(0, ...record.longTasks);
    record.longTasks = [];
    return longest;
  });
}

/** Runs on a page where the app is open and ready; leaves the calendar showing. */
export async function calendarFigures(page: Page, groupCount: number): Promise<Row[]> {
  await startLongTaskWatch(page);
  const rows: Row[] = [];
  for (const step of STEPS) {
    const started = performance.now();
    await step.act(page);
    // One more frame, so the long task that drew the view has been reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const elapsed = performance.now() - started;
    const longest = await takeLongestTask(page);
    rows.push(row('calendar', `${groupCount} groups × 20 years: ${step.label}`, elapsed, 'ms'));
    rows.push(row('calendar', '  longest main-thread task meanwhile (jank above 50 ms)', longest, 'ms', { max: 50 }));
  }
  return rows;
}
