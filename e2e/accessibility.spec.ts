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

/**
 * Creates the demo group and takes its notice away, scanning it first when asked. A notice closes itself after
 * five seconds; on a slow machine that fell inside a later page's scan, and axe measured its text half faded. The
 * pointer over the notice holds it open while it is scanned.
 */
async function openDemoGroup(page: Page, scanNoticeAs?: string): Promise<void> {
  await page.getByRole('button', { name: /^(Opret demogruppe|Create demo group)$/ }).click();
  await expect(page.getByRole('main').getByRole('tablist')).toBeVisible({ timeout: 30_000 });
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: /demo/i });
  await notice.hover();
  if (scanNoticeAs) await expectNoSeriousViolations(page, scanNoticeAs, summary, '.mantine-Notification-root');
  await notice.getByRole('button', { name: /^(Luk|Close)$/ }).click();
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
  await waitForContent(page);
}

async function visit(page: Page, stops: readonly TourStop[], prefix: string): Promise<void> {
  for (const stop of stops) {
    await stop.open(page);
    await expectNoSeriousViolations(page, `${prefix}: ${stop.name}`, summary, stop.scope);
    await stop.close?.(page);
  }
}

const TAB_PARTS = 3;

/** The `part`-th of TAB_PARTS nearly equal runs of the tabs, in order. */
function partOf(tabs: readonly TourStop[], part: number): readonly TourStop[] {
  const size = Math.ceil(tabs.length / TAB_PARTS);
  return tabs.slice(part * size, (part + 1) * size);
}

for (const language of ['da', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const prefix = `${language} ${scheme}`;

    // The group tabs in three parts: with the demo's held meeting, the minutes and follow-up tabs take long to scan.
    test(`${prefix}: welcome, overview and the first group tabs`, async ({ app }) => {
      await prepare(app.page, language, scheme);
      await expectNoSeriousViolations(app.page, `${prefix}: welcome`, summary);
      await openDemoGroup(app.page, `${prefix}: a notice`);
      await visit(app.page, partOf(await groupTabStops(app.page), 0), prefix);
    });

    test(`${prefix}: the middle group tabs`, async ({ app }) => {
      await prepare(app.page, language, scheme);
      await openDemoGroup(app.page);
      await visit(app.page, partOf(await groupTabStops(app.page), 1), prefix);
    });

    test(`${prefix}: the last group tabs and the calendar`, async ({ app }) => {
      await prepare(app.page, language, scheme);
      await openDemoGroup(app.page);
      await visit(app.page, [...partOf(await groupTabStops(app.page), 2), ...PAGES], prefix);
    });

    // The dialogs in two halves, for the same reason.
    test(`${prefix}: the first main dialogs`, async ({ app }) => {
      await prepare(app.page, language, scheme);
      await openDemoGroup(app.page);
      await visit(app.page, DIALOGS.slice(0, Math.ceil(DIALOGS.length / 2)), prefix);
    });

    test(`${prefix}: the other main dialogs`, async ({ app }) => {
      await prepare(app.page, language, scheme);
      await openDemoGroup(app.page);
      await visit(app.page, DIALOGS.slice(Math.ceil(DIALOGS.length / 2)), prefix);
    });
  }
}
