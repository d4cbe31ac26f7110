// The pipeline board fits the window: every active column whole, full names, counts; declined and cancelled folded.
import { expect, test } from './fixtures/app-fixture';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { ProfileCard } from './pages/group-mail-dialog';
import { GroupsPage } from './pages/groups-page';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`the board fits ${viewport.width} wide, and a card moved from the keyboard keeps the focus`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(viewport);
    // The README shows the board itself: the first-run profile card is put aside, and the notices are left out.
    await new ProfileCard(page).skip();
    const groups = new GroupsPage(page);
    await groups.createDemoGroup();
    await expect(groups.groupList().getByRole('listitem')).toHaveCount(1);
    await page.getByRole('tab', { name: 'Forløb' }).click();
    const board = page.getByRole('list', { name: 'Tavle med invitationer' });
    const lastColumn = board.getByRole('listitem', { name: /^Takket: / });
    await expect(lastColumn).toBeVisible();
    const box = await lastColumn.boundingBox();
    expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
    await expect(board.getByRole('listitem', { name: /^Sagt nej: / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Vis "Sagt nej" og "Aflyst" (1)' })).toBeVisible();
    // Full names, never cut with an ellipsis.
    await expect(board.getByText('Niels Thorup', { exact: true })).toBeVisible();
    await page.screenshot({
      path: readmeScreenshotPath(viewport.width === 1440 ? 'pipeline-board.png' : 'pipeline-board-1280.png'),
      style: '.mantine-Notifications-root { display: none !important; }',
    });

    // Keyboard only: open the card's menu, move it on, and the focus is on the same card in its new column.
    const menuButton = board.getByRole('button', { name: 'Handlinger for Niels Thorup' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Bekræftet' }).press('Enter');
    const confirmed = board.getByRole('listitem', { name: /^Bekræftet: / });
    await expect(confirmed.getByRole('button', { name: 'Handlinger for Niels Thorup' })).toBeFocused();
  });
}
