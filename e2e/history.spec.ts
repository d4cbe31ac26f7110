// The group's memory: the decision register (a decision marked replaced by a later one and the change taken back;
// another set aside and left out by the status filter; a meeting's minutes opened from its date), and attendance over
// three years as a chart and a table, in Danish and in English, with whose turn it is to host.
import { expect, test } from './fixtures/app-fixture';
import { DECISIONS, HISTORY_GROUP, withHistoryGroup } from './fixtures/history-workspace';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { GroupsPage } from './pages/groups-page';
import { HistoryPage, type HistoryViewName } from './pages/history-page';
import { ShellPage } from './pages/shell-page';
import type { Page } from '@playwright/test';

test.use({ appOptions: withHistoryGroup() });

/** The History tab of the seeded group at 1280×720, on `view`. */
async function openHistory(page: Page, view: HistoryViewName = 'Beslutninger'): Promise<HistoryPage> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await new GroupsPage(page).openGroup(HISTORY_GROUP);
  const history = new HistoryPage(page);
  await history.open();
  if (view !== 'Beslutninger') await history.show(view);
  return history;
}

test('a decision is marked replaced by a later one, and the change is taken back from the notice', async ({ app }) => {
  const history = await openHistory(app.page);
  // Every decision of three years, newest first.
  await expect(history.main().getByText('4 beslutninger')).toBeVisible();
  await history.markReplaced(DECISIONS.quarterly, DECISIONS.newRhythm);
  await expect(history.decisionRow(DECISIONS.quarterly)).toContainText(`Erstattet af beslutningen fra 14. mar. 2025: «${DECISIONS.newRhythm}»`);
  await expect(history.statusOf(DECISIONS.quarterly)).toHaveValue('replaced');
  await app.page.screenshot({ path: readmeScreenshotPath('history-decisions.png') });

  await app.page.getByRole('button', { name: 'Fortryd' }).click();
  await expect(history.statusOf(DECISIONS.quarterly)).toHaveValue('inForce');
  await expect(history.decisionRow(DECISIONS.quarterly)).not.toContainText('Erstattet af');
});

test('a decision set aside from the keyboard drops out of the decisions in force, and a date opens its minutes', async ({ app }) => {
  const history = await openHistory(app.page);
  const status = history.statusOf(DECISIONS.pressRule);
  await status.focus();
  await status.selectOption('Ikke længere relevant');
  await expect(status).toHaveValue('obsolete');
  await history.main().getByRole('combobox', { name: 'Status', exact: true }).click();
  await app.page.getByRole('listbox').getByRole('option', { name: 'Gælder' }).click();
  await expect(history.main().getByText('3 beslutninger')).toBeVisible();
  await expect(history.decisionRow(DECISIONS.pressRule)).toHaveCount(0);
  await history.main().getByRole('textbox', { name: 'Søg i beslutninger' }).fill('søstergruppen');
  await expect(history.main().getByText('1 beslutning', { exact: true })).toBeVisible();

  await history.main().getByRole('button', { name: 'Åbn referatet fra 5. dec. 2024' }).click();
  await expect(app.page.getByRole('tab', { name: 'Referater' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.page.getByRole('main').getByRole('heading', { level: 2, name: /^Referat / })).toContainText('5. december 2024');
});

test('attendance over three years is a chart named with its figures and a table, per year and per member', async ({ app }) => {
  const history = await openHistory(app.page, 'Fremmøde');
  // 2023: 15 of 16 seats (one excuse); 2024: 19 of 20; 2025: 12 of 16 (Jens missed three in a row, one excuse).
  const groupChart = history.chart(/^Søjlediagram: fremmøde i procent pr\. år\./);
  await expect(groupChart).toHaveAccessibleName('Søjlediagram: fremmøde i procent pr. år. 2023: 94 %, 2024: 95 %, 2025: 75 %');
  await expect(groupChart.locator('.recharts-bar-rectangle')).toHaveCount(3);
  const yearTable = history.table('Gruppens fremmøde år for år');
  await expect(yearTable.getByRole('row', { name: /^2025/ })).toContainText('75 %');
  await expect(yearTable.getByRole('row', { name: /^2023/ })).toContainText('94 %');

  // The latest year first: Jens Kofoed came once and has missed three in a row; Maja Friis left before 2025.
  const members = history.table('Medlemmernes fremmøde');
  await expect(members.getByRole('row', { name: /Jens Kofoed/ }).getByRole('cell')).toHaveText(['Jens Kofoed', '4', '1', '0', '3', '25 %', '3', '3']);
  await expect(members.getByRole('row', { name: /Maja Friis/ })).toHaveCount(0);
  await history.main().getByRole('combobox', { name: 'År', exact: true }).click();
  await app.page.getByRole('listbox').getByRole('option', { name: 'Alle år' }).click();
  await expect(members.getByRole('row', { name: /Maja Friis/ })).toContainText('tidligere medlem');
  const memberChart = history.chart(/^Søjlediagram: hvert medlems fremmøde i procent i Alle år\./);
  await expect(memberChart).toContainText('Maja Friis');
  await history.main().getByRole('heading', { level: 2, name: 'Gruppens historik' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await app.page.screenshot({ path: readmeScreenshotPath('history-attendance.png') });
});

test('in English the chart and tables read in English, and the host queue starts with who never hosted', async ({ app }) => {
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await new GroupsPage(app.page).openGroup(HISTORY_GROUP);
  await new ShellPage(app.page).switchLanguage('English');
  const main = app.page.getByRole('main');
  await app.page.getByRole('tab', { name: 'History' }).click();
  const views = main.getByRole('radiogroup', { name: 'Show' });
  await views.getByText('Attendance', { exact: true }).click();
  await expect(main.getByRole('figure', { name: /^Bar chart: attendance in per cent per year\./ })).toHaveAccessibleName(
    'Bar chart: attendance in per cent per year. 2023: 94%, 2024: 95%, 2025: 75%',
  );
  await expect(main.getByRole('table', { name: "The group's attendance year by year" }).getByRole('columnheader', { name: 'Meetings held' })).toBeVisible();

  await views.getByText('Hosts', { exact: true }).click();
  const queue = main.getByRole('table', { name: 'Whose turn is it to host?' });
  await expect(queue.getByRole('row').nth(1)).toContainText('Vand & Varme A/S');
  await expect(queue.getByRole('row').nth(1)).toContainText('Never');
  await expect(queue.getByRole('row').last()).toContainText('Skattestyrelsen');
  await app.page.screenshot({ path: readmeScreenshotPath('history-hosts.png') });
});
