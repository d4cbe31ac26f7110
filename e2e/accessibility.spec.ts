// Everyone can read the app: axe-core finds no serious or critical violation on any page or main dialog, in Danish
// and English, light and dark (dark through the system's preference, which the app follows by default).
// Each test covers one slice, so none runs long; each prints a summary of its scans.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app-fixture';
import { expectNoSeriousViolations, formatSummary, type ScanResult } from './fixtures/axe-scan';
import { DIALOGS, groupTabStops, PAGES, waitForContent, type TourStop } from './pages/accessibility-tour';
import { ShellPage } from './pages/shell-page';

type Language = 'da' | 'en';
type Scheme = 'light' | 'dark';

// Each test's scans, printed after it, also when it fails (a failed test's worker is replaced, losing module state).
let summary: ScanResult[] = [];

test.beforeEach(() => {
  summary = [];
});

test.afterEach(() => {
  console.log(`\naxe-core, violations by impact (serious and critical must be 0):\n${formatSummary(summary)}\n`);
});

async function prepare(page: Page, language: Language, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  if (language === 'en') await new ShellPage(page).switchLanguage('English');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
}

async function openDemoGroup(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Opret demogruppe|Create demo group)$/ }).click();
  await expect(page.getByRole('main').getByRole('tablist')).toBeVisible({ timeout: 30_000 });
  await waitForContent(page);
}

async function visit(page: Page, stops: readonly TourStop[], prefix: string): Promise<void> {
  for (const stop of stops) {
    await stop.open(page);
    await expectNoSeriousViolations(page, `${prefix}: ${stop.name}`, summary, stop.scope);
    await stop.close?.(page);
  }
}

for (const language of ['da', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const prefix = `${language} ${scheme}`;

    test(`${prefix}: welcome, overview and the first group tabs`, async ({ app }) => {
      await prepare(app.page, language, scheme);
      await expectNoSeriousViolations(app.page, `${prefix}: welcome`, summary);
      await openDemoGroup(app.page);
      const tabs = await groupTabStops(app.page);
      await visit(app.page, tabs.slice(0, Math.ceil(tabs.length / 2)), prefix);
    });

    test(`${prefix}: the other group tabs and the calendar`, async ({ app }) => {
      await prepare(app.page, language, scheme);
      await openDemoGroup(app.page);
      const tabs = await groupTabStops(app.page);
      await visit(app.page, [...tabs.slice(Math.ceil(tabs.length / 2)), ...PAGES], prefix);
    });

    test(`${prefix}: the main dialogs`, async ({ app }) => {
      await prepare(app.page, language, scheme);
      await openDemoGroup(app.page);
      await visit(app.page, DIALOGS, prefix);
    });
  }
}
