// The search across groups and years: the header's button and shortcut, the box, the filters and the hits.
import { expect, type Locator, type Page } from '@playwright/test';

export class SearchPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2, name: 'Søg i alt' });
  }

  box(): Locator {
    return this.page.getByRole('textbox', { name: 'Søg i alle grupper og år' });
  }

  headerButton(): Locator {
    return this.page.getByRole('button', { name: /^Søg i alt/ });
  }

  /** Opens the page with the keyboard, as the facilitator would from anywhere. */
  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+F');
    // The page's code may still be on its way the first time (it is fetched when the app is idle).
    await expect(this.heading()).toBeVisible({ timeout: 20_000 });
    await expect(this.box()).toBeFocused();
  }

  async search(words: string): Promise<void> {
    await this.box().fill(words);
  }

  results(): Locator {
    return this.page.getByRole('list', { name: 'Søgeresultater' }).getByRole('listitem');
  }

  /** A hit, found by words in it (the marks split the words into parts, so the text is matched whole). */
  result(containing: string | RegExp): Locator {
    return this.results().filter({ hasText: containing });
  }

  async filter(name: 'Gruppe' | 'År' | 'Slags' | 'Fortrolighed', choice: string): Promise<void> {
    await this.page.getByRole('combobox', { name, exact: true }).click();
    await this.page.getByRole('option', { name: choice, exact: true }).click();
  }
}
