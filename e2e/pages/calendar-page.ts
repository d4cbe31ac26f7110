// The calendar of all groups (FullCalendar): switching month, dragging a meeting with the mouse, creating by clicking a day.
import { expect, type Locator, type Page } from '@playwright/test';

export class CalendarPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Grupper' }).getByRole('button', { name: 'Kalender' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Kalender' })).toBeVisible();
    // The calendar itself is drawn just after the page around it.
    await expect(this.root().getByRole('button', { name: /Næste|Next/ }).first()).toBeVisible();
  }

  root(): Locator {
    return this.page.locator('.netvaerk-calendar');
  }

  meetingEvents(): Locator {
    return this.root().locator('.meeting-event');
  }

  dayCell(date: string): Locator {
    return this.root().locator(`[role="gridcell"][data-date="${date}"], td[data-date="${date}"], [data-date="${date}"]`).first();
  }

  async next(): Promise<void> {
    await this.root().getByRole('button', { name: /Næste|Next/ }).first().click();
  }

  /** Steps forward month by month until a meeting (one showing `hasText`, when given) is in view. */
  async showMonthWithMeetings(hasText?: string): Promise<void> {
    const wanted = hasText === undefined ? this.meetingEvents() : this.meetingEvents().filter({ hasText });
    for (let step = 0; step < 6 && (await wanted.count()) === 0; step += 1) await this.next();
    await expect(wanted.first()).toBeVisible();
  }

  /** The year view, once all twelve months are drawn (it draws them one after another). */
  async showYear(): Promise<void> {
    // FullCalendar names its view buttons longer than their text; pick the button by the text shown.
    await this.root().locator('button', { hasText: /^(År|Year)$/ }).click();
    await expect(this.monthsOfYear()).toHaveCount(12);
  }

  monthsOfYear(): Locator {
    return this.root().locator('[role="table"][data-date]');
  }

  /** Drags with the mouse as a user would: press on the event, move over the day in steps, release. */
  async dragMeeting(event: Locator, toDate: string): Promise<void> {
    const from = await event.boundingBox();
    const target = await this.dayCell(toDate).boundingBox();
    if (!from || !target) throw new Error('event or day cell is not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 3 });
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  async createMeetingOn(date: string, theme: string): Promise<void> {
    const cell = this.dayCell(date);
    const box = await cell.boundingBox();
    if (!box) throw new Error(`day ${date} is not on screen`);
    // Click the cell's lower part, away from the day number, which is a link to the day.
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height - 8);
    const dialog = this.page.getByRole('dialog', { name: /^Nyt møde/ });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Tema').fill(theme);
    await dialog.getByRole('button', { name: 'Opret mødet' }).click();
    await expect(dialog).toBeHidden();
  }
}
