// Journeys for the year plan and the calendar: plan four meetings at once, then move one by dragging it.
import { expect, test } from './fixtures/app-fixture';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { CalendarPage } from './pages/calendar-page';
import { GroupsPage } from './pages/groups-page';
import { NewDateMailsDialog } from './pages/meeting-clashes';
import { MeetingsPage } from './pages/meetings-page';

/** The theme of the demo group's next meeting, which has Eva Holst's talk confirmed (src-main/domain/demo.ts). */
const DEMO_NEXT_THEME = 'AI i den daglige drift';

test('a facilitator plans a year of four meetings from the second-Tuesday rule', async ({ app }) => {
  const groups = new GroupsPage(app.page);
  await groups.createGroup('CIO-netværk Øst');
  const meetings = new MeetingsPage(app.page);
  await meetings.open();
  await expect(meetings.page.getByText('Gruppen har endnu ingen møder')).toBeVisible();

  await meetings.openYearPlan();
  await meetings.setPlanYear(2027);
  await expect(meetings.previewRows()).toHaveCount(4);
  await expect(meetings.previewRows().first().getByRole('button')).toContainText('9. marts 2027');
  await meetings.savePlan(4);

  await expect(meetings.rows()).toHaveCount(4);
  await expect(meetings.rows().nth(0)).toContainText('Tirsdag 9. marts 2027');
  await expect(meetings.rows().nth(3)).toContainText('Tirsdag 14. december 2027');
});

test('a meeting dragged to another day in the calendar is moved and the move undone; a day clicked gets a new meeting', async ({ app }) => {
  const groups = new GroupsPage(app.page);
  await groups.createDemoGroup();
  await expect(groups.groupList().getByRole('listitem')).toHaveCount(1);
  const calendar = new CalendarPage(app.page);
  await calendar.open();
  // The demo's next meeting, whose talk is booked (last quarter's held meeting may share the month: a talk already
  // given makes a drag ask first, which meeting-clashes.spec.ts covers).
  await calendar.showMonthWithMeetings(DEMO_NEXT_THEME);
  await app.page.setViewportSize({ width: 1280, height: 900 });
  // The notices in the corner would cover the month's last week.
  await app.page.screenshot({ path: readmeScreenshotPath('calendar.png'), style: '.mantine-Notifications-root { display: none !important; }' });

  const event = calendar.meetingEvents().filter({ hasText: DEMO_NEXT_THEME });
  const meetingId = await event.getAttribute('data-meeting-id');
  const fromDate = await event.evaluate((element) => element.closest('[data-date]')?.getAttribute('data-date') ?? '');
  expect(fromDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const toDate = nextWeekday(fromDate);

  await calendar.dragMeeting(event, toDate);

  // A free day: no question first; the booked speaker is offered the "ny dato" mail.
  await expect(app.page.getByText(/mødet er flyttet til/)).toBeVisible();
  const moved = calendar.root().locator(`[data-meeting-id="${meetingId}"]`);
  await expect(moved.locator(`xpath=ancestor::*[@data-date][1]`)).toHaveAttribute('data-date', toDate);
  const mails = new NewDateMailsDialog(app.page);
  await expect(mails.root().getByRole('button', { name: 'Skriv mail til Eva Holst' })).toBeVisible();

  // Undo puts the meeting back, and a mail about a date it no longer has is not offered any more.
  await app.page.getByRole('button', { name: 'Fortryd' }).click();
  await expect(moved.locator(`xpath=ancestor::*[@data-date][1]`)).toHaveAttribute('data-date', fromDate);
  await expect(mails.root()).toBeHidden();

  // Clicking a free day creates a meeting there for the chosen group.
  await calendar.createMeetingOn(toDate, 'Kalenderklik');
  await expect(calendar.dayCell(toDate).locator('.meeting-event')).toContainText('Kalenderklik');

  // The year view draws its months one by one; all twelve arrive, holding the new meeting.
  await calendar.showYear();
  await expect(calendar.root().locator(`[data-meeting-id]`, { hasText: 'Kalenderklik' })).toHaveCount(1);
});

/** The next day in the same week row (Monday–Saturday never wraps), so the drag stays inside the month view. */
function nextWeekday(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + (date.getUTCDay() === 0 ? -1 : 1));
  return date.toISOString().slice(0, 10);
}
