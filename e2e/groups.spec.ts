// Journeys around groups: create one, start from the demo group, and find everything again after a restart.
import path from 'node:path';
import { expect, test } from './fixtures/app-fixture';
import { LOOK_AT_SCREENSHOTS } from './fixtures/screenshot-path';
import { GroupsPage } from './pages/groups-page';

test('a facilitator creates a group; it appears in the list and its dashboard opens', async ({ app }) => {
  const groups = new GroupsPage(app.page);
  await expect(groups.welcomeHeading()).toBeVisible();

  await groups.createGroup('CIO-netværk Øst');

  await expect(groups.groupInList('CIO-netværk Øst')).toBeVisible();
  await expect(groups.dashboardHeading('CIO-netværk Øst')).toBeVisible();
});

test('a new user creates the demo group and sees a living group', async ({ app }) => {
  const groups = new GroupsPage(app.page);
  await groups.createDemoGroup();

  await expect(groups.groupList().getByRole('listitem')).toHaveCount(1);
  await expect(groups.groupList()).toContainText(/\b(1[0-9]|[2-9]\d?) medlemmer/);
  // The group's own heading; the first-run card asking who is writing is a heading of its own beside it.
  const dashboard = app.page.getByRole('main').getByRole('heading', { level: 2, name: /\(demo\)/ });
  await expect(dashboard).toBeVisible();
  await expect(app.page.getByRole('main')).toContainText('Kommende møder');
  // For looking at, once per kind of app (e2e/screenshots/ is not committed).
  await app.page.screenshot({ path: path.join(LOOK_AT_SCREENSHOTS, `demo-dashboard-${app.kind}.png`) });
});

test('after a restart the groups are still there', async ({ app }) => {
  const groups = new GroupsPage(app.page);
  await groups.createGroup('Offentlig digitalisering');
  await groups.createGroup('IT-drift Vest');
  await expect(groups.groupList().getByRole('listitem')).toHaveCount(2);

  await app.restart();

  const reopened = new GroupsPage(app.page);
  await expect(reopened.groupList().getByRole('listitem')).toHaveCount(2);
  await reopened.openGroup('Offentlig digitalisering');
  await reopened.openGroup('IT-drift Vest');
});
