// Taking minutes with the hands on the keyboard: the check-in round line by line with Enter, bold toggled with Ctrl+B
// as in Word, a list that continues on Enter, decisions and an action added from the keyboard with the cursor landing
// in each new field, and everything still there after a restart.
import { expect, test } from './fixtures/app-fixture';
import { GROUP, TALK_ONE, withMinutesGroup } from './fixtures/minutes-workspace';
import { GroupsPage } from './pages/groups-page';
import { MinutesPage } from './pages/minutes-page';

test.use({ appOptions: withMinutesGroup() });

test('minutes taken by keyboard alone: rounds, bold, a list, decisions and an action', async ({ app }) => {
  const { page } = app;
  await new GroupsPage(page).openGroup(GROUP);
  const minutes = new MinutesPage(page);
  await minutes.open();

  // The check-in round: Enter goes on to the next member's line.
  await minutes.roundEntry('Bordet rundt', 'Anne Holm').focus();
  await page.keyboard.type('Ny strategi');
  await page.keyboard.press('Enter');
  await expect(minutes.roundEntry('Bordet rundt', 'Bent Lauridsen')).toBeFocused();
  await page.keyboard.type('Travlt');
  await expect(minutes.roundEntry('Bordet rundt', 'Anne Holm')).toHaveValue('Ny strategi');

  // Notes: Ctrl+B, words, Ctrl+B is bold and nothing else; Enter in a list item starts the next one.
  await minutes.noteField(TALK_ONE).focus();
  await page.keyboard.type('Vi sparede ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('18 procent');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' på et år');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Ejerskab');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Mål hver måned');
  await expect(minutes.noteField(TALK_ONE)).toHaveValue('Vi sparede **18 procent** på et år\n\n- Ejerskab\n- Mål hver måned');

  // Decisions: the add button from the keyboard puts the cursor in the new decision; Enter starts the next one.
  await minutes.addButton('Tilføj beslutning').focus();
  await page.keyboard.press('Enter');
  await expect(minutes.decision(1)).toBeFocused();
  await page.keyboard.type('Vi deler skabelonen');
  await page.keyboard.press('Enter');
  await expect(minutes.decision(2)).toBeFocused();
  await page.keyboard.type('Næste møde hos Bent');
  await page.keyboard.press('Escape');
  await expect(minutes.decision(2)).not.toBeFocused();

  // An action: typing straight after "add" lands in the action, not in a row of empty ones.
  await minutes.addButton('Tilføj aftale').focus();
  await page.keyboard.press('Space');
  await page.keyboard.type('Send tak til Lars');
  await expect(minutes.main().getByRole('textbox', { name: 'Hvad', exact: true })).toHaveCount(1);
  await expect(minutes.main().getByRole('textbox', { name: 'Hvad', exact: true })).toHaveValue('Send tak til Lars');
  await minutes.waitUntilSaved();

  await app.restart();
  await new GroupsPage(app.page).openGroup(GROUP);
  const reopened = new MinutesPage(app.page);
  await reopened.open();
  await expect(reopened.roundEntry('Bordet rundt', 'Bent Lauridsen')).toHaveValue('Travlt');
  await expect(reopened.noteField(TALK_ONE)).toHaveValue(/\*\*18 procent\*\* på et år/);
  await expect(reopened.decision(2)).toHaveValue('Næste møde hos Bent');
  await expect(reopened.main().getByRole('textbox', { name: 'Hvad', exact: true })).toHaveValue('Send tak til Lars');
});
