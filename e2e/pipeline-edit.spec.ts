// Editing an invitation from its card on the board: the card shows the change as soon as the dialog closes.
import { expect, test } from './fixtures/app-fixture';
import { GroupsPage } from './pages/groups-page';

test("an invitation's topic edited from its card's menu is on the card when the dialog closes", async ({ app }) => {
  const page = app.page;
  await new GroupsPage(page).createDemoGroup();
  await page.getByRole('tab', { name: 'Forløb' }).click();
  // A card's menu on the board: the group's own "Handlinger for …" menu comes first on the page while the board draws.
  const board = page.getByRole('list', { name: 'Tavle med invitationer' });
  const menuButton = board.getByRole('button', { name: /^Handlinger for / }).first();
  await expect(menuButton).toBeVisible();
  const speakerName = (await menuButton.getAttribute('aria-label'))!.replace('Handlinger for ', '');
  await menuButton.click();
  await page.getByRole('menuitem', { name: 'Redigér…' }).click();

  const dialog = page.getByRole('dialog', { name: `Invitation til ${speakerName}` });
  await dialog.getByRole('textbox', { name: 'Emne' }).fill('Erfaringer med fælles udbud');
  await dialog.getByRole('button', { name: 'Gem' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('main').getByLabel(speakerName, { exact: true })).toContainText('Erfaringer med fælles udbud');
});
