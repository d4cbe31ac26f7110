// The members tab: the roster table and the CSV import dialog with its preview.
import { expect, type Locator, type Page } from '@playwright/test';

/** A file given by its bytes, as Playwright's setInputFiles takes it. */
type FileBytes = { name: string; mimeType: string; buffer: Buffer };

export class MembersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Medlemmer' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Medlemmer' })).toBeVisible();
  }

  roster(): Locator {
    return this.page.getByRole('table', { name: 'Medlemmer' });
  }

  importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Importér medlemmer fra CSV' });
  }

  /** Opens the import dialog and chooses the file (a path, or bytes); resolves when the preview summary is shown. */
  async previewImport(file: string | FileBytes): Promise<void> {
    await this.page.getByRole('button', { name: 'Importér CSV' }).click();
    await this.importDialog().locator('input[type="file"]').setInputFiles(file);
    await expect(this.previewSummary()).toBeVisible();
  }

  previewSummary(): Locator {
    return this.importDialog().getByRole('status');
  }

  /** The encoding and delimiter the reader detected. */
  detectedFormat(): Locator {
    return this.importDialog().getByTestId('import-format');
  }

  previewRow(rowNumber: number): Locator {
    return this.importDialog()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }

  async confirmImport(count: number): Promise<void> {
    await this.importDialog().getByRole('button', { name: `Importér ${count} medlemmer` }).click();
    await expect(this.importDialog()).toBeHidden();
  }

  async showFormerMembers(): Promise<void> {
    await this.page.getByRole('switch', { name: 'Vis udtrådte' }).check({ force: true });
  }
}
