// Clashes shown when deciding: the meeting form warns of another group's meeting on the date being chosen, the
// calendar asks before a drag lands on it (Escape keeps the meeting), and a moved meeting's booked speaker is offered
// the "ny dato" mail, in the form and in the calendar.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures/app-fixture';
import { CalendarPage } from './pages/calendar-page';
import { GroupsPage } from './pages/groups-page';
import { MeetingForm, MoveQuestion, NewDateMailsDialog } from './pages/meeting-clashes';
import { MeetingsPage } from './pages/meetings-page';

const EAST = 'CIO Øst';
const WEST = 'CIO Vest';

/** Wednesdays of the third and fourth week of this month's calendar (Monday first): always in this month, on screen. */
function wednesdaysOfThisMonth(): [string, string] {
  const now = new Date();
  const first = new Date(Date.UTC(now.getFullYear(), now.getMonth(), 1));
  const gridStart = first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000;
  const day = (offset: number) => new Date(gridStart + offset * 86_400_000).toISOString().slice(0, 10);
  return [day(16), day(23)];
}
const [WEST_DATE, EAST_DATE] = wednesdaysOfThisMonth();

const meeting = (id: string, date: string, theme: string) => ({ id, date, startTime: '09:30', endTime: '15:30', kind: 'fullDay', theme, status: 'planned' });
const group = (id: string, name: string) => ({ id, name, language: 'da', archived: false, createdAt: '2025-01-05T09:00:00.000Z', description: '' });
const east = { schemaVersion: 3, group: group('grp-east', EAST), members: [], speakers: [], meetings: [meeting('e-meet', EAST_DATE, 'Data i drift')], invitations: [] };
const west = {
  schemaVersion: 3,
  group: group('grp-west', WEST),
  members: [],
  speakers: [{ id: 'w-anna', name: 'Anna Berg', title: 'Digitaliseringschef', organisation: 'Kystbyen Kommune', email: 'anna@kystbyen.dk' }],
  meetings: [meeting('w-meet', WEST_DATE, 'AI i drift')],
  invitations: [
    { id: 'w-talk', speakerId: 'w-anna', meetingId: 'w-meet', topic: 'AI-assistenter', state: 'confirmed', history: [{ state: 'confirmed', at: '2026-11-02T10:00:00+01:00' }] },
  ],
};

test.use({
  appOptions: {
    beforeStart: async ({ workspacesDir }) => {
      await writeFile(path.join(workspacesDir, 'cio-oest.json'), JSON.stringify(east));
      await writeFile(path.join(workspacesDir, 'cio-vest.json'), JSON.stringify(west));
    },
  },
});

test("the meeting form warns of another group's meeting as the date is picked, and a moved meeting's speaker gets the new-date mail", async ({ app }) => {
  await app.page.setViewportSize({ width: 1280, height: 720 });
  const groups = new GroupsPage(app.page);
  const meetings = new MeetingsPage(app.page);
  const form = new MeetingForm(app.page);
  await groups.openGroup(WEST);
  await meetings.open();

  await form.openNew();
  await expect(form.clashWarning()).toBeEmpty();
  await form.pickDate(EAST_DATE);
  await expect(form.clashWarning()).toContainText('1 sammenfald på den valgte dato');
  await expect(form.clashWarning()).toContainText(`${EAST} holder møde`);
  await form.root().getByRole('button', { name: 'Annuller' }).click();

  await form.openEdit(meetings.rows().first());
  await form.pickDate(EAST_DATE);
  await expect(form.clashWarning()).toContainText(`${EAST} holder møde`);
  await expect(form.clashWarning()).toContainText('Anna Berg er booket til mødet og får tilbudt en mail om den nye dato');
  await form.root().getByRole('button', { name: 'Gem mødet' }).click();

  const mails = new NewDateMailsDialog(app.page);
  await expect(mails.root()).toBeVisible();
  await expect(mails.draft('Anna Berg').getByLabel('Emne')).toHaveValue(new RegExp(`^Ny dato: ${WEST} mødes \\w+dag den`));
  await expect(mails.draft('Anna Berg').getByLabel('Tekst')).toHaveValue(/^Kære Anna\n\nMødet i netværksgruppen CIO Vest, hvor vi glæder os til dit oplæg om AI-assistenter, er flyttet/);
});

test('a calendar drag onto a clash asks first: Escape keeps the meeting, "Flyt alligevel" moves it and offers the mail as .eml', async ({ app }) => {
  // Tall enough for the month's fourth week to be on screen for the drag.
  await app.page.setViewportSize({ width: 1280, height: 900 });
  const calendar = new CalendarPage(app.page);
  await calendar.open();
  const westMeeting = calendar.root().locator('[data-meeting-id="w-meet"]');
  const dayOf = () => westMeeting.locator('xpath=ancestor::*[@data-date][1]');
  await expect(dayOf()).toHaveAttribute('data-date', WEST_DATE);

  const question = new MoveQuestion(app.page);
  await calendar.dragMeeting(westMeeting, EAST_DATE);
  await expect(question.root()).toContainText(`${EAST} holder møde`);
  await expect(question.root()).toContainText('Anna Berg er booket');
  await app.page.keyboard.press('Escape');
  await expect(question.root()).toBeHidden();
  await expect(dayOf()).toHaveAttribute('data-date', WEST_DATE);

  await calendar.dragMeeting(westMeeting, EAST_DATE);
  await question.root().getByRole('button', { name: 'Flyt alligevel' }).click();
  await expect(dayOf()).toHaveAttribute('data-date', EAST_DATE);
  const mails = new NewDateMailsDialog(app.page);
  await expect(mails.draft('Anna Berg').getByLabel('Til')).toHaveValue('Anna Berg <anna@kystbyen.dk>');

  const download = app.page.waitForEvent('download');
  await mails.draft('Anna Berg').getByRole('button', { name: 'Gem som .eml' }).click();
  const eml = await readFile((await (await download).path())!, 'utf8');
  expect(eml).toContain('X-Unsent: 1');
  expect(eml).toContain('To: "Anna Berg" <anna@kystbyen.dk>');
});
