// The first-run profile card and a meeting's "Mails og svar" dialog (opened from the meetings table's row menu).
import { expect, type Locator, type Page } from '@playwright/test';

export class ProfileCard {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByRole('region', { name: 'Hvem skriver?' });
  }

  async fillIn(fields: Record<'Navn' | 'Titel' | 'Organisation' | 'E-mail', string>): Promise<void> {
    await this.root().getByRole('button', { name: 'Udfyld min profil' }).click();
    await expect(this.root().getByLabel('Navn')).toBeFocused();
    for (const [label, value] of Object.entries(fields)) await this.root().getByLabel(label, { exact: true }).fill(value);
  }

  async skip(): Promise<void> {
    await this.root().getByRole('button', { name: 'Spring over' }).click();
    await expect(this.root()).toBeHidden();
  }

  async save(): Promise<void> {
    await this.root().getByRole('button', { name: 'Gem profil' }).click();
    await expect(this.root()).toBeHidden();
  }
}

export class GroupMailDialog {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByRole('dialog', { name: /^Mails og svar/ });
  }

  /** Opens the dialog from the row menu of the meeting in `row`. */
  async openFrom(row: Locator): Promise<void> {
    await row.getByRole('button').last().click();
    await this.page.getByRole('menuitem', { name: 'Mails og svar…' }).click();
    await expect(this.root()).toBeVisible();
  }

  replyOf(memberName: string): Locator {
    return this.root().getByRole('radiogroup', { name: `Svar fra ${memberName}` });
  }

  async answer(memberName: string, answer: 'Kommer' | 'Kommer ikke' | 'Intet svar'): Promise<void> {
    await this.replyOf(memberName).getByText(answer, { exact: true }).click();
  }

  memberNames(): Locator {
    return this.root().getByRole('table', { name: 'Svar fra medlemmerne' }).getByRole('row').filter({ has: this.page.getByRole('cell') }).locator('td:first-child p:first-child');
  }

  /** Saves the invitation's draft as a file (the web host's "open" is a download too) and returns its bytes. */
  async saveInvitation(): Promise<Buffer> {
    const download = this.page.waitForEvent('download');
    await this.root().getByRole('button', { name: 'Invitation til alle: Gem som fil' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.eml$/);
    const { readFile } = await import('node:fs/promises');
    return readFile((await file.path())!);
  }
}
