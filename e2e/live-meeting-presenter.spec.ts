// The projector's page: the agenda, the item on now, its clock and the speaking order, and never a word of the minutes
// or the agenda's notes, also while the facilitator captures them.
import { expect, test } from './fixtures/app-fixture';
import { LIVE_GROUP, LIVE_ITEMS, withLiveMeetingGroup } from './fixtures/live-meeting-workspace';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { GroupsPage } from './pages/groups-page';
import { LiveMeetingPage } from './pages/live-meeting-page';

const LINE = 'Fortroligt: vi skal skære i staben';
const DECISION = 'Gruppen besøger Nordlys i foråret';

test.use({ appOptions: withLiveMeetingGroup() });

test('the projector shows the agenda, the clock and the speaking order, and no entry text', async ({ app }) => {
  await new GroupsPage(app.page).openGroup(LIVE_GROUP);
  const live = new LiveMeetingPage(app.page);
  await live.open();
  await app.page.getByTestId('live-start').click();
  await expect(live.currentTitle()).toHaveText(LIVE_ITEMS.welcome);
  // The wall is opened first, so every step after it shows that it follows the facilitator without a reload.
  const presenter = await live.openPresenter();
  const wall = presenter.getByTestId('presenter');
  await expect(wall.getByTestId('live-current-title')).toHaveText(LIVE_ITEMS.welcome);
  for (const title of Object.values(LIVE_ITEMS)) await expect(wall).toContainText(title);

  await app.page.bringToFront();
  await live.pressFor('n', LIVE_ITEMS.checkIn);
  await live.capture('b', DECISION);
  await app.page.keyboard.press('r');
  await live.sayLine('Anne Holm', LINE, 'Bent Lauridsen');

  await expect(wall.getByTestId('live-current-title')).toHaveText(LIVE_ITEMS.checkIn);
  await expect(wall.getByTestId('presenter-speaker')).toHaveText('Bent Lauridsen');
  await expect(wall.getByTestId('live-speaking-order')).toContainText('1. Anne Holm');
  await expect(wall.getByTestId('live-countdown')).toHaveText(/^−?\d+:\d\d$/);
  const shown = await wall.innerText();
  for (const secret of [LINE, DECISION, 'Husk navneskilte']) expect(shown).not.toContain(secret);
  if (process.env.NETVAERK_SCREENSHOTS === '1') {
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await presenter.screenshot({ path: readmeScreenshotPath('live-presenter.png') });
  }
});
