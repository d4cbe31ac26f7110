// The command palette (Ctrl+K): opening it from wherever the focus is, searching, and choosing a result.
import { expect, type Locator, type Page } from '@playwright/test';

export class CommandPalette {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Kommandopalet|Command palette)$/ });
  }

  searchField(): Locator {
    return this.dialog().getByRole('textbox');
  }

  /** Presses Ctrl+K where the focus is now (a text field included) and types `query`. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.dialog()).toBeVisible();
    await this.searchField().fill(query);
  }

  /** The results under a heading ("Medlemmer", "Handlinger", …), in the order shown. */
  resultsUnder(heading: string): Locator {
    return this.dialog().getByRole('group', { name: heading, exact: true }).getByRole('button');
  }

  firstResult(): Locator {
    return this.dialog().locator('button[data-action]').first();
  }

  /** Searches and chooses the first result with Enter, as a keyboard user does. */
  async run(query: string, expectedFirst: string | RegExp): Promise<void> {
    await this.search(query);
    await expect(this.firstResult()).toContainText(expectedFirst);
    await this.searchField().press('Enter');
    await expect(this.dialog()).toBeHidden();
  }
}
