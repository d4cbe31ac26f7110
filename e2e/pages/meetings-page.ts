// The group's "Møder" tab: the meetings table and the "Planlæg året" dialog.
import { expect, type Locator, type Page } from '@playwright/test';

export class MeetingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Møder' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Møder' })).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Møder' });
  }

  rows(): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  planDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Planlæg året' });
  }

  async openYearPlan(): Promise<void> {
    await this.page.getByRole('button', { name: 'Planlæg året' }).click();
    await expect(this.planDialog()).toBeVisible();
  }

  async setPlanYear(year: number): Promise<void> {
    await this.planDialog().getByLabel('År').fill(String(year));
  }

  previewRows(): Locator {
    return this.planDialog().getByRole('table', { name: 'Forhåndsvisning' }).getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  async savePlan(count: number): Promise<void> {
    await this.planDialog().getByRole('button', { name: `Gem alle ${count} møder` }).click();
    await expect(this.planDialog()).toBeHidden();
  }

  /** "Uge i måneden" of the fixed-weekday rule, by its visible label ("1." … "Sidste"). */
  async setPlanWeek(label: string): Promise<void> {
    await this.planDialog().getByRole('combobox', { name: 'Uge i måneden' }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  /** A month chip by the start of its short name ("nov" for "nov."). */
  async toggleMonth(start: string): Promise<void> {
    await this.planDialog().getByRole('checkbox', { name: new RegExp(`^${start}`) }).press('Space');
  }

  /** The warning listing the planned meetings the group already has. */
  duplicatesWarning(): Locator {
    return this.planDialog().getByTestId('year-plan-duplicates');
  }

  async choosePlanButton(name: string): Promise<void> {
    await this.planDialog().getByRole('button', { name, exact: true }).click();
    await expect(this.planDialog()).toBeHidden();
  }

  /** Opens the meeting on the row's date ("9. marts 2027") in the form and gives it a theme. */
  async setTheme(rowDate: string, theme: string): Promise<void> {
    await this.rows().filter({ hasText: rowDate }).getByRole('button', { name: /^Handlinger for mødet/ }).click();
    await this.page.getByRole('menuitem', { name: 'Redigér', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Redigér mødet' });
    await dialog.getByRole('textbox', { name: 'Tema', exact: true }).fill(theme);
    await dialog.getByRole('button', { name: 'Gem mødet', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
