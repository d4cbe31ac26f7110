// Reading comfort: dark mode follows the system unless Settings says otherwise (and stays chosen after a restart), the
// skip link leads past the header, and at 1280×720 every group tab fits on one row and an agenda item takes one line.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app-fixture';
import { LOOK_AT_SCREENSHOTS, readmeScreenshotPath } from './fixtures/screenshot-path';
import { AgendaPage } from './pages/agenda-page';
import { waitForContent } from './pages/accessibility-tour';

function colourScheme(page: Page) {
  return page.locator('html');
}

async function chooseAppearance(page: Page, choice: 'Lyst' | 'Mørkt' | 'Som systemet'): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Indstillinger' }).click();
  const appearance = page.getByRole('dialog', { name: 'Indstillinger' }).getByRole('radiogroup', { name: 'Udseende' });
  // The radio input is visually hidden under its label, so click the label the user sees.
  await appearance.getByText(choice, { exact: true }).click();
  await expect(appearance.getByRole('radio', { name: choice })).toBeChecked();
  await page.keyboard.press('Escape');
}

test('dark follows the system by default; a choice in Settings wins and survives a restart', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await expect(colourScheme(app.page)).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await chooseAppearance(app.page, 'Lyst');
  await expect(colourScheme(app.page)).toHaveAttribute('data-mantine-color-scheme', 'light');

  await app.restart();
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await expect(colourScheme(app.page)).toHaveAttribute('data-mantine-color-scheme', 'light');

  await chooseAppearance(app.page, 'Som systemet');
  await expect(colourScheme(app.page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await app.page.getByRole('button', { name: 'Opret demogruppe' }).click();
  await waitForContent(app.page);
  await app.page.setViewportSize({ width: 1440, height: 900 });
  await app.page.screenshot({ path: readmeScreenshotPath('dark-mode.png') });
});

test('at 1280×720 the tabs fit on one row, an agenda item takes one line, and the skip link reaches the page', async ({ app }) => {
  const page = app.page;
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Spring til indhold' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await page.getByRole('button', { name: 'Opret demogruppe' }).click();
  const tabList = page.getByRole('main').getByRole('tablist', { name: 'Gruppens sider' });
  await expect(tabList).toBeVisible({ timeout: 30_000 });
  const layout = await tabList.evaluate((list) => ({
    overflow: list.scrollWidth - list.clientWidth,
    tops: [...list.querySelectorAll('[role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top)),
  }));
  expect(layout.tops.length).toBeGreaterThanOrEqual(9);
  expect(new Set(layout.tops).size, 'all tabs on one row').toBe(1);
  expect(layout.overflow, 'no tab scrolled out of sight').toBeLessThanOrEqual(0);

  const agenda = new AgendaPage(page);
  await agenda.open();
  // The demo's next meeting has no agenda yet: start it from the full-day template.
  await page.getByRole('button', { name: 'Brug skabelonen' }).click();
  await expect(agenda.items().first()).toBeVisible({ timeout: 30_000 });
  const heights = await agenda.items().evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(0);
  // One line of small inputs and its padding; the old two-line row was about 80 pixels.
  expect(Math.min(...heights)).toBeLessThan(50);
  await page.screenshot({ path: path.join(LOOK_AT_SCREENSHOTS, 'agenda-1280.png') });
});
