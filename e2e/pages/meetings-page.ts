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
}
