// Search across groups and years: from anywhere, Ctrl+Shift+F, a few letters of a subject, and a decision taken three
// years ago in another group opens in its minutes, in view and focused. A room-only entry is found but marked.
import { expect, test } from './fixtures/app-fixture';
import { EAST, OLD_DECISION, ROOM_ENTRY, WEST, withSisterGroupsMemory } from './fixtures/memory-workspace';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { MinutesPage } from './pages/minutes-page';
import { SearchPage } from './pages/search-page';

test.use({ appOptions: withSisterGroupsMemory() });

test('a search opens a three-year-old decision in its minutes, and Back returns to the results', async ({ app }) => {
  const { page } = app;
  const search = new SearchPage(page);
  await expect(search.headerButton()).toBeVisible();
  await search.openWithShortcut();
  await expect(page.getByText('Find alt, hvad grupperne har sagt og besluttet')).toBeVisible();

  // Prefix and old spelling: "agile kontrak" finds both groups; the room-only round entry says so.
  await search.search('agile kontrak');
  const decisionHit = search.result(OLD_DECISION);
  await expect(decisionHit).toContainText(EAST);
  await expect(decisionHit).toContainText(/Møde 12\. sept?\. 2023/);
  const roomHit = search.result(ROOM_ENTRY);
  await expect(roomHit).toContainText('I rummet');
  await expect(roomHit).toContainText(WEST);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: readmeScreenshotPath('search.png') });

  await search.filter('Slags', 'Beslutning');
  await expect(search.results()).toHaveCount(1);

  await search.result(OLD_DECISION).click();
  const minutes = new MinutesPage(page);
  await expect(minutes.main().getByRole('heading', { level: 2, name: /^Referat .*12\. september 2023$/ })).toBeVisible({ timeout: 20_000 });
  const decision = minutes.decision(2);
  await expect(decision).toHaveValue(OLD_DECISION);
  await expect(decision).toBeFocused();
  await expect(decision).toBeInViewport();

  await page.goBack();
  await expect(search.box()).toHaveValue('agile kontrak');
  await expect(search.results()).toHaveCount(1);
});

test('nothing found says so, and an old spelling finds the new one', async ({ app }) => {
  const search = new SearchPage(app.page);
  await search.headerButton().click();
  await search.search('kvantekryptering');
  await expect(app.page.getByText('Intet fundet for «kvantekryptering»')).toBeVisible();
  // "Aa" is read as "å": the old spelling finds the decision about the meeting in Aabenraa, written either way.
  await search.search('Åbenrå');
  await expect(search.result('Næste møde holdes i Aabenraa')).toBeVisible();
});
