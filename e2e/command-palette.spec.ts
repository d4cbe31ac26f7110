// The command palette: Ctrl+K from inside a text field, commands found by their Danish words, people by name.
import { expect, test } from './fixtures/app-fixture';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { CommandPalette } from './pages/command-palette';
import { GroupsPage } from './pages/groups-page';
import { MembersPage } from './pages/members-page';

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1440, height: 900 });
  const groups = new GroupsPage(app.page);
  await groups.createDemoGroup();
  await expect(groups.groupList().getByRole('listitem')).toHaveCount(1);
});

test('Ctrl+K inside a text field adds a member, and "lars" finds and opens him', async ({ app }) => {
  const { page } = app;
  await new MembersPage(page).open();
  const palette = new CommandPalette(page);

  await page.getByRole('textbox', { name: 'Søg i medlemmer' }).click();
  await palette.run('nyt medlem', 'Nyt medlem');
  const newMember = page.getByRole('dialog', { name: 'Tilføj medlem' });
  await newMember.getByRole('textbox', { name: /^Navn/ }).fill('Lars Bech');
  await newMember.getByRole('button', { name: 'Tilføj medlem' }).click();
  await expect(newMember).toBeHidden();

  // A name's start comes first; the dialog and its result groups are named for screen readers.
  await palette.search('lars');
  await expect(palette.dialog()).toHaveAccessibleName('Kommandopalet');
  await expect(palette.resultsUnder('Medlemmer').first()).toContainText('Lars Bech');
  // Mantine fades the palette in; on a busy machine the picture was taken before it showed. The notices are left out.
  await page.screenshot({ path: readmeScreenshotPath('command-palette.png'), animations: 'disabled', style: '.mantine-Notifications-root { display: none !important; }' });
  await palette.searchField().press('Enter');
  await expect(page.getByRole('dialog', { name: 'Redigér Lars Bech' })).toBeVisible();
});

test('"nyt mode" opens a new meeting, "referat" the latest minutes, and the rest searches everything', async ({ app }) => {
  const { page } = app;
  const palette = new CommandPalette(page);

  // Written without ø, "nyt mode" still finds "Nyt møde".
  await palette.run('nyt mode', 'Nyt møde');
  await expect(page.getByRole('dialog', { name: 'Nyt møde' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: 'Møder' })).toHaveAttribute('aria-selected', 'true');

  await palette.run('referat', 'Referat af seneste møde');
  await expect(page.getByRole('tab', { name: 'Referater' })).toHaveAttribute('aria-selected', 'true');

  await palette.search('NIS2 beredskab');
  await palette.dialog().getByRole('button', { name: 'Søg i alt efter "NIS2 beredskab"' }).click();
  await expect(page).toHaveURL(/#\/search\?q=NIS2%20beredskab$/);
});
