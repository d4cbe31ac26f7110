// Two facilitators, two computers, one synced folder: a member added on one computer appears on the other, and an
// e-mail changed on both while they were apart shows both values in the conflict inbox, where one is chosen.
// The second computer is a second web host with user data of its own (its own device id), as the tests simulate
// devices everywhere.
import { copyFile, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitUntilReady } from './fixtures/app-fixture';
import type { AppFolders } from './fixtures/app-folders';
import { GROUP, withMinutesGroup } from './fixtures/minutes-workspace';
import { createWebHostDriver } from './fixtures/web-host-driver';
import { GroupsPage } from './pages/groups-page';

const GROUP_FILE = 'it-ledernetvaerk-syd.json';

test.use({ appOptions: withMinutesGroup() });

async function openMembers(page: Page): Promise<void> {
  await new GroupsPage(page).openGroup(GROUP);
  await page.getByRole('tab', { name: 'Medlemmer' }).click();
}

async function addMember(page: Page, name: string, organisation: string): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Tilføj medlem', exact: true }).click();
  const dialog = page.getByRole('dialog');
  // Required fields carry a marker in their label ("Navn *").
  await dialog.getByRole('textbox', { name: /^Navn/ }).fill(name);
  await dialog.getByRole('textbox', { name: /^Organisation/ }).fill(organisation);
  await dialog.getByRole('button', { name: 'Tilføj medlem', exact: true }).click();
  await expect(dialog).toBeHidden();
}

async function changeEmail(page: Page, memberName: string, email: string): Promise<void> {
  await page.getByRole('button', { name: `Handlinger for ${memberName}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Redigér', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('E-mail', { exact: true }).fill(email);
  await dialog.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('main')).toContainText(email);
}

test('two computers on one folder: a member added on one appears on the other', async ({ app, lazyBrowser }, testInfo) => {
  const second = createWebHostDriver(lazyBrowser);
  const folders: AppFolders = { workspacesDir: app.folders.workspacesDir, userDataDir: testInfo.outputPath('user-data-second-computer') };
  await mkdir(folders.userDataDir, { recursive: true });
  try {
    const other = await second.start(folders);
    await waitUntilReady(other);
    await openMembers(app.page);
    await openMembers(other);

    await addMember(app.page, 'Dorte Winther', 'Havn A/S');
    // The other computer's store notices the file, merges it in and its members list refreshes by itself.
    await expect(other.getByRole('main')).toContainText('Dorte Winther');
    await expect(other.getByRole('main')).toContainText('Anne Holm');
  } finally {
    await second.dispose();
  }
});

test('the same e-mail changed on two computers apart: both kept, shown side by side, one chosen', async ({ app, lazyBrowser }, testInfo) => {
  // The second computer has its own copy of the folder, as a laptop on a train does; the sync client comes later.
  const second = createWebHostDriver(lazyBrowser);
  const folders: AppFolders = { workspacesDir: testInfo.outputPath('workspaces-second-computer'), userDataDir: testInfo.outputPath('user-data-second-computer') };
  await mkdir(folders.workspacesDir, { recursive: true });
  await mkdir(folders.userDataDir, { recursive: true });
  // Both start from the same file, written by the first computer's app (migrated and stamped).
  await openMembers(app.page);
  await changeEmail(app.page, 'Bent Lauridsen', 'bent@soenderby.dk');
  await copyFile(path.join(app.folders.workspacesDir, GROUP_FILE), path.join(folders.workspacesDir, GROUP_FILE));
  try {
    const other = await second.start(folders);
    await waitUntilReady(other);
    await openMembers(other);
    await changeEmail(app.page, 'Anne Holm', 'anne@regionsyd.dk');
    await changeEmail(other, 'Anne Holm', 'anne.holm@regionsyd.dk');

    // The sync client brings the first computer's file over: a copy to a temporary name, then a rename over the file.
    const arriving = path.join(folders.workspacesDir, `.${GROUP_FILE}.sync`);
    await copyFile(path.join(app.folders.workspacesDir, GROUP_FILE), arriving);
    await rename(arriving, path.join(folders.workspacesDir, GROUP_FILE));

    const banner = other.getByText('Én ændring blev lavet to steder på samme tid');
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await other.getByRole('button', { name: 'Vælg hvad der skal gælde' }).click();
    const inbox = other.getByRole('dialog');
    await expect(inbox).toContainText('anne@regionsyd.dk');
    await expect(inbox).toContainText('anne.holm@regionsyd.dk');
    await inbox.getByRole('button', { name: 'Behold «anne@regionsyd.dk» for E-mail' }).click();
    await expect(inbox).toContainText('Der er ingen samtidige ændringer at tage stilling til.');
    await other.keyboard.press('Escape');
    await expect(other.getByRole('main')).toContainText('anne@regionsyd.dk');
    await expect(other.getByRole('main')).not.toContainText('anne.holm@regionsyd.dk');
  } finally {
    await second.dispose();
  }
});
