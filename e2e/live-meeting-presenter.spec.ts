// The projector's page: the agenda, the item on now, its clock and the speaking order, and never a word of the minutes
// or the agenda's notes, also while the facilitator captures them.
import { expect, test } from './fixtures/app-fixture';
import { LIVE_GROUP, LIVE_ITEMS, meetingSoFar, withLiveMeetingGroup } from './fixtures/live-meeting-workspace';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { GroupsPage } from './pages/groups-page';
import { LiveMeetingPage } from './pages/live-meeting-page';

const LINE = 'Fortroligt: vi skal skære i staben';
const CAPTURED = { checkInLine: 'Travlt med et nyt ERP-system', decision: 'Gruppen besøger Nordlys i foråret', action: 'Book bus til Nordlys' };
// Minutes already hold a decision and an action (as if written in the editor): they must not reach the wall either.
const { minutes, actions } = meetingSoFar('talkOne', CAPTURED);

test.use({ appOptions: withLiveMeetingGroup({ ...(minutes ? { minutes } : {}), ...(actions ? { actions } : {}) }) });

test('the projector shows the agenda, the clock and the speaking order, and no entry text', async ({ app }) => {
  await new GroupsPage(app.page).openGroup(LIVE_GROUP);
  const live = new LiveMeetingPage(app.page);
  await live.open();
  await live.pressFor('Enter', LIVE_ITEMS.welcome);
  await live.pressFor('n', LIVE_ITEMS.checkIn);
  await app.page.keyboard.press('r');
  await expect(live.speaker()).toHaveText('Anne Holm');

  const presenter = await live.openPresenter();
  const wall = presenter.getByTestId('presenter');
  await expect(wall.getByTestId('live-current-title')).toHaveText(LIVE_ITEMS.checkIn);
  await expect(wall.getByTestId('presenter-speaker')).toHaveText('Anne Holm');
  await expect(wall.getByTestId('live-countdown')).toHaveText(/^−?\d+:\d\d$/);
  for (const title of Object.values(LIVE_ITEMS)) await expect(wall).toContainText(title);

  // The facilitator types Anne's line and gives the word on; the wall follows without a reload, and shows no line.
  await app.page.bringToFront();
  await live.roundLine().focus();
  await live.sayLine('Anne Holm', LINE, 'Bent Lauridsen');
  await expect(wall.getByTestId('presenter-speaker')).toHaveText('Bent Lauridsen');
  await expect(wall.getByTestId('live-speaking-order')).toContainText('1. Anne Holm');
  const shown = await wall.innerText();
  for (const secret of [LINE, CAPTURED.decision, CAPTURED.action, CAPTURED.checkInLine, 'Husk navneskilte']) expect(shown).not.toContain(secret);
  if (process.env.NETVAERK_SCREENSHOTS === '1') {
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await presenter.screenshot({ path: readmeScreenshotPath('live-presenter.png') });
  }
});
