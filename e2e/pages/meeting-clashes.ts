// The clash warning in the meeting form, the calendar's "move anyway?" question, and the dialog that offers booked
// speakers the "ny dato" mail once their meeting has moved.
import { expect, type Locator, type Page } from '@playwright/test';

export class MeetingForm {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByRole('dialog', { name: /^(Nyt møde|Redigér mødet)$/ });
  }

  async openNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nyt møde' }).click();
    await expect(this.root()).toBeVisible();
  }

  /** Opens the form of the meeting in `row` from the row's "…" menu. */
  async openEdit(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /^Handlinger for mødet/ }).click();
    await this.page.getByRole('menuitem', { name: 'Redigér' }).click();
    await expect(this.root()).toBeVisible();
  }

  /** Picks a day of the month the date picker opens on (the chosen date's month, or this month). */
  async pickDate(isoDate: string): Promise<void> {
    await this.root().getByRole('button', { name: /^Dato/ }).click();
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
    await this.page.getByRole('button', { name: `${day} ${monthName} ${year}`, exact: true }).click();
  }

  clashWarning(): Locator {
    return this.root().getByTestId('meeting-clash-warning');
  }
}

export class MoveQuestion {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByRole('dialog', { name: /^Flyt mødet til/ });
  }
}

export class NewDateMailsDialog {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByRole('dialog', { name: 'Fortæl oplægsholderne om den nye dato' });
  }

  draft(speakerName: string): Locator {
    return this.root().getByRole('region', { name: `Mail til ${speakerName}` });
  }
}
