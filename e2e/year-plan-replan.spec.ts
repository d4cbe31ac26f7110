// Re-planning a year that already has meetings: the plan names the duplicates and the meeting kept for its content;
// replacing the empty ones is undone from the notice, and keeping them adds only the missing meeting.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app-fixture';
import { GroupsPage } from './pages/groups-page';
import { MeetingsPage } from './pages/meetings-page';

/** A group with the four meetings of 2027 from the second-Tuesday rule, on its meetings tab. */
async function groupWithAPlannedYear(page: Page): Promise<MeetingsPage> {
  await new GroupsPage(page).createGroup('CIO-netværk Vest');
  const meetings = new MeetingsPage(page);
  await meetings.open();
  await meetings.openYearPlan();
  await meetings.setPlanYear(2027);
  await meetings.savePlan(4);
  return meetings;
}

test('a re-plan replaces only the empty meetings, keeps the one with content, and is undone from the notice', async ({ app }, testInfo) => {
  const meetings = await groupWithAPlannedYear(app.page);
  await meetings.setTheme('9. marts 2027', 'Cloud og suverænitet');

  // A new rule (third Tuesday) for the same year: every planned meeting already has one in its quarter.
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await meetings.openYearPlan();
  await meetings.setPlanYear(2027);
  await meetings.setPlanWeek('3.');
  const warning = meetings.duplicatesWarning();
  await expect(warning).toContainText('4 af de planlagte møder findes allerede');
  await expect(warning).toContainText('Tirsdag 9. marts 2027: vært, tema eller status');
  await expect(meetings.previewRows().first()).toContainText('Findes allerede: 9. mar. 2027');
  await expect(meetings.planDialog().getByRole('button', { name: /^Gem alle/ })).toHaveCount(0);
  await warning.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: testInfo.outputPath('re-plan-1280x720.png') });

  await meetings.choosePlanButton('Erstat 3 tomme møder');
  await expect(meetings.rows()).toHaveCount(4);
  await expect(meetings.rows().nth(0)).toContainText('9. marts 2027');
  await expect(meetings.rows().nth(1)).toContainText('15. juni 2027');
  await app.page.getByRole('button', { name: 'Fortryd' }).click();
  await expect(app.page.getByText('De erstattede møder er tilbage.')).toBeVisible();
  await expect(meetings.rows().nth(1)).toContainText('8. juni 2027');
  await expect(meetings.rows()).toHaveCount(4);
});

test('a re-plan that keeps the existing meetings adds only the missing one', async ({ app }) => {
  const meetings = await groupWithAPlannedYear(app.page);
  // The same rule plus November: only November is missing.
  await meetings.openYearPlan();
  await meetings.setPlanYear(2027);
  await meetings.toggleMonth('nov');
  await expect(meetings.duplicatesWarning()).toContainText('4 af de planlagte møder findes allerede');
  await meetings.choosePlanButton('Behold og tilføj 1 manglende møde');
  await expect(meetings.rows()).toHaveCount(5);
  await expect(meetings.rows().nth(3)).toContainText('9. november 2027');
});
