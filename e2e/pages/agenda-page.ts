// The group's "Dagsorden" tab: templates, the items with their computed times, moving items, exporting the invitation.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class AgendaPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Dagsorden' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Dagsorden' })).toBeVisible();
  }

  items(): Locator {
    return this.page.getByRole('list', { name: 'Punkter på dagsordenen' }).getByRole('listitem');
  }

  item(index: number): Locator {
    return this.items().nth(index);
  }

  timeOf(index: number): Locator {
    return this.item(index).getByLabel('Tid', { exact: true });
  }

  async applyTemplate(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Skabelon' }).click();
    await this.page.getByRole('option', { name }).click();
    await this.page.getByRole('button', { name: 'Brug skabelonen' }).click();
  }

  async moveDown(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Flyt ned: ${title}` }).first().click();
  }

  /** Drags an item by its grip onto another item's place (HTML drag and drop). */
  async dragItem(from: number, to: number): Promise<void> {
    await this.item(from).locator('[draggable="true"]').dragTo(this.item(to));
  }

  overrunWarning(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'over mødets sluttid' });
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt' })).toBeVisible();
  }

  async exportInvitation(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Invitation (.docx)' }).click();
    return download;
  }
}
