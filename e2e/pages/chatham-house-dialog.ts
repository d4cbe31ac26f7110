// The Chatham House export of the minutes: opened from the export menu, it checks the text for names before export.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export class ChathamHouseDialog {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Kan deles efter Chatham House-reglen' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: /^(Eksportér|Eksporterer…)$/ }).click();
    await this.page.getByRole('menuitem', { name: 'Kan deles, uden navne (Chatham House)…' }).click();
    await expect(this.dialog()).toBeVisible();
  }

  /** The names the check still found, as listed. */
  findings(): Locator {
    return this.dialog().getByRole('list', { name: 'Navne fundet i teksten' }).getByRole('listitem');
  }

  async close(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Luk og ret' }).click();
    await expect(this.dialog()).toBeHidden();
  }

  /** Exports once the check found nothing, and returns the downloaded .docx. */
  async export(): Promise<{ fileName: string; bytes: Buffer }> {
    await expect(this.dialog().getByText('Ingen navne fundet')).toBeVisible();
    const downloading = this.page.waitForEvent('download');
    await this.dialog().getByRole('button', { name: 'Eksportér', exact: true }).click();
    const download = await downloading;
    return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}
