// Speaker memory: proposing a speaker the sister group has booked the same season is warned about before saving, and
// how a held talk went is recorded in the speaker's history.
import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures/app-fixture';
import { LOOK_AT_SCREENSHOTS, readmeScreenshotPath } from './fixtures/screenshot-path';
import { EAST, EAST_MARCH_THEME, HELD_TALK, SPEAKER, WEST, withSisterGroups } from './fixtures/sister-groups-workspace';
import { GroupsPage } from './pages/groups-page';
import { SpeakersPage } from './pages/speakers-page';

test.use({ appOptions: withSisterGroups() });

test('a speaker proposed again is warned about a talk in the sister group the same season', async ({ app }) => {
  const speakers = new SpeakersPage(app.page);
  await new GroupsPage(app.page).openGroup(EAST);
  await speakers.openPipeline();
  await speakers.fillInvitation({ existingSpeaker: SPEAKER, meeting: new RegExp(EAST_MARCH_THEME), topic: 'Data i drift' });
  await speakers.invitationDialog().getByRole('button', { name: 'Opret invitation' }).click();

  const warning = speakers.invitationDialog().getByRole('alert');
  await expect(warning).toContainText('Vær opmærksom, før du gemmer');
  await expect(warning).toContainText(`${SPEAKER} holder oplæg i ${WEST} 3. feb. 2099 – samme sæson som dette.`);
  await mkdir(LOOK_AT_SCREENSHOTS, { recursive: true });
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.page.screenshot({ path: readmeScreenshotPath('speaker-repeat-warning.png') });

  // The facilitator may still go on: the warning informs, it does not refuse.
  await speakers.invitationDialog().getByRole('button', { name: 'Gem alligevel' }).click();
  await expect(speakers.invitationDialog()).toBeHidden();
  await expect(speakers.card('Idé', SPEAKER)).toBeVisible();
});

test('how a held talk went is recorded from the speaker’s history', async ({ app }) => {
  const speakers = new SpeakersPage(app.page);
  await new GroupsPage(app.page).openGroup(EAST);
  await speakers.openDirectory();
  await speakers.directory().getByRole('button', { name: new RegExp(SPEAKER) }).click();
  const drawer = app.page.getByRole('dialog', { name: SPEAKER });
  const talks = drawer.getByTestId('speaker-talk');
  // Her talk in the sister group is in the history too, with its group; only this group's held talk can be rated here.
  await expect(talks.filter({ hasText: WEST })).toContainText('AI-assistenter');
  const held = talks.filter({ hasText: HELD_TALK });
  await expect(held).toContainText('tema: Sourcing');
  await held.getByRole('button', { name: 'Notér hvordan det gik' }).click();
  const form = held.getByRole('form', { name: `Hvordan gik oplægget om ${HELD_TALK}?` });
  // Mantine draws the stars over visually hidden radios; Space on a star's radio chooses it, as a click on it does.
  await form.getByRole('radio', { name: '5 af 5' }).press(' ');
  await expect(form.getByRole('radio', { name: '5 af 5' })).toBeChecked();
  await form.getByLabel('Fra afrundingen').fill('Konkret og ærligt');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
  await expect(held).toContainText('5 af 5');
  await expect(held).toContainText('“Konkret og ærligt”');
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.page.screenshot({ path: readmeScreenshotPath('speaker-history.png') });
});
