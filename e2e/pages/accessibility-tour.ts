// Where the accessibility journey goes: every page and main dialog of the app, in either language.
// A new page joins by one entry in PAGES (or automatically, if it is a group tab); a new dialog by one entry in DIALOGS.
// Names are matched in both languages, so each entry works for Danish and English alike.
import { expect, type Locator, type Page } from '@playwright/test';

export interface TourStop {
  /** How the stop is named in the summary. */
  name: string;
  /** Brings it on screen, starting from the demo group's page. */
  open(page: Page): Promise<void>;
  /** What to scan: a CSS selector (a dialog scans only itself; its page has its own stop); by default the whole page. */
  scope?: string;
  /** Puts the app back the way open() found it (closes a dialog); by default nothing. */
  close?(page: Page): Promise<void>;
}

function groupTabs(page: Page): Locator {
  return page.getByRole('main').getByRole('tablist', { name: /^(Gruppens sider|Group pages)$/ }).getByRole('tab');
}

async function openTab(page: Page, name: RegExp): Promise<void> {
  const tab = groupTabs(page).filter({ hasText: name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await waitForContent(page);
}

/** The page's code and data have arrived: no spinner is left in the page (slow on a busy machine, hence the wait). */
export async function waitForContent(page: Page): Promise<void> {
  await expect(page.getByRole('main').locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 30_000 });
}

async function openDialog(page: Page, tab: RegExp, button: RegExp, dialog: RegExp): Promise<void> {
  await openTab(page, tab);
  await page.getByRole('main').getByRole('button', { name: button }).first().click();
  await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
}

/** Escape closes an open pick list first, then the dialog. */
async function closeDialog(page: Page): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 1_000 });
  }).toPass();
}

/** The group's tabs, whichever there are: each tab found in the tab list is a stop, so a new tab is covered unasked. */
export async function groupTabStops(page: Page): Promise<TourStop[]> {
  const names = (await groupTabs(page).allInnerTexts()).map((text) => text.trim());
  return names.map((name) => ({
    name,
    open: async (target) => {
      const tab = groupTabs(target).filter({ hasText: new RegExp(`^${escapeRegExp(name)}$`) });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await waitForContent(target);
    },
  }));
}

/** Pages outside the group's tabs. */
export const PAGES: readonly TourStop[] = [
  {
    name: 'calendar',
    open: async (page) => {
      await page.getByRole('navigation', { name: /^(Grupper|Groups)$/ }).getByRole('button', { name: /^(Kalender|Calendar)$/ }).click();
      await expect(page.getByRole('main').getByRole('button', { name: /Næste|Next/ }).first()).toBeVisible();
      await waitForContent(page);
    },
    close: async (page) => {
      await page.getByRole('navigation', { name: /^(Grupper|Groups)$/ }).getByRole('button', { name: /demo/i }).first().click();
      await waitForContent(page);
    },
  },
];

const DIALOG = '[role="dialog"]';

/** The main dialogs, each opened from the page it belongs to. */
export const DIALOGS: readonly TourStop[] = [
  {
    name: 'new member',
    open: (page) => openDialog(page, /^(Medlemmer|Members)$/, /^(Tilføj medlem|Add member)$/, /^(Tilføj medlem|Add member)$/),
    scope: DIALOG,
    close: closeDialog,
  },
  {
    name: 'new meeting',
    open: (page) => openDialog(page, /^(Møder|Meetings)$/, /^(Nyt møde|New meeting)$/, /^(Nyt møde|New meeting)/),
    scope: DIALOG,
    close: closeDialog,
  },
  {
    name: 'plan the year',
    open: (page) => openDialog(page, /^(Møder|Meetings)$/, /^(Planlæg året|Plan the year)$/, /^(Planlæg året|Plan the year)/),
    scope: DIALOG,
    close: closeDialog,
  },
  {
    name: 'new invitation',
    open: (page) => openDialog(page, /^(Forløb|Pipeline)$/, /^(Ny invitation|New invitation)$/, /^(Ny invitation|New invitation)$/),
    scope: DIALOG,
    close: closeDialog,
  },
  {
    name: 'command palette',
    open: async (page) => {
      await page.getByRole('banner').getByRole('button', { name: /Ctrl \+ K/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
    scope: DIALOG,
    close: closeDialog,
  },
  {
    name: 'settings',
    open: async (page) => {
      await page.getByRole('banner').getByRole('button', { name: /^(Indstillinger|Settings)$/ }).click();
      await expect(page.getByRole('dialog', { name: /^(Indstillinger|Settings)$/ })).toBeVisible();
    },
    scope: DIALOG,
    close: closeDialog,
  },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
