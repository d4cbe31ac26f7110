// Journeys for mails ready to send: the facilitator says who is writing at first run, records members' replies to a
// meeting, and makes the invitation to the whole group with the agenda and the .ics attached.
import { simpleParser } from 'mailparser';
import { expect, test } from './fixtures/app-fixture';
import { documentXml } from './fixtures/docx-text';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { GroupMailDialog, ProfileCard } from './pages/group-mail-dialog';
import { GroupsPage } from './pages/groups-page';
import { MeetingsPage } from './pages/meetings-page';

test('the first run asks who is writing; the profile is kept and shown in Settings', async ({ app }) => {
  await app.page.setViewportSize({ width: 1280, height: 720 });
  const card = new ProfileCard(app.page);
  await card.fillIn({ Navn: 'Karen Friis', Titel: 'Netværksfacilitator', Organisation: 'IT-foreningen', 'E-mail': 'karen@it-foreningen.dk' });
  await expect(card.root().getByRole('figure')).toContainText('Venlig hilsen\nKaren Friis\nNetværksfacilitator, IT-foreningen\nkaren@it-foreningen.dk');
  await app.page.screenshot({ path: readmeScreenshotPath('profile-first-run.png') });
  await card.save();

  await app.page.getByRole('button', { name: 'Indstillinger' }).click();
  const settings = app.page.getByRole('dialog', { name: 'Indstillinger' });
  const section = settings.getByRole('region', { name: 'Dig som afsender' });
  await expect(section.getByLabel('Navn')).toHaveValue('Karen Friis');
  await section.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: readmeScreenshotPath('profile-settings.png'), style: '.mantine-Notifications-root { display: none !important; }' });
});

test('replies are recorded on a meeting, and the invitation to the group carries the agenda and the .ics', async ({ app }) => {
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await new ProfileCard(app.page).skip();
  const groups = new GroupsPage(app.page);
  await groups.createDemoGroup();
  await expect(groups.groupList().getByRole('listitem')).toHaveCount(1);
  const meetings = new MeetingsPage(app.page);
  await meetings.open();
  const dialog = new GroupMailDialog(app.page);
  await dialog.openFrom(meetings.rows().last());
  const [first, second] = await dialog.memberNames().allInnerTexts();
  await dialog.answer(first!, 'Kommer ikke');
  await dialog.answer(second!, 'Kommer');
  await expect(dialog.root()).toContainText(/1 kommer .*· 1 kommer ikke/);
  await app.page.screenshot({ path: readmeScreenshotPath('group-mail.png'), style: '.mantine-Notifications-root { display: none !important; }' });

  const mail = await simpleParser(await dialog.saveInvitation());
  expect(mail.subject).toMatch(/^Invitation: /);
  expect(mail.text).toMatch(/^Kære alle\n\nHermed invitation til vores møde/);
  const [agenda, calendar] = mail.attachments;
  expect(agenda?.filename).toMatch(/^Invitation .*\.docx$/);
  expect(documentXml(agenda!.content)).toContain('Dagsorden');
  expect(calendar?.contentType).toBe('text/calendar');
  expect(calendar?.filename).toMatch(/\.ics$/);
});
