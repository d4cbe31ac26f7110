// The "Mødetilstand" tab: its one-key steps, the round conductor, the capture field, the pacing report and the
// projector's page. Steps are pressed as keys, as the facilitator at the table would.
import { expect, type Locator, type Page } from '@playwright/test';

export class LiveMeetingPage {
  constructor(readonly page: Page) {}

  main(): Locator {
    return this.page.getByRole('main');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Mødetilstand' }).click();
    await expect(this.board()).toBeVisible();
  }

  board(): Locator {
    return this.page.getByTestId('live-board');
  }

  currentTitle(): Locator {
    return this.page.getByTestId('live-current-title');
  }

  /** Presses a live-mode key and waits for the item it leads to, as each step answers with the fresh screen. */
  async pressFor(key: string, expectedItem: string): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.currentTitle()).toHaveText(expectedItem);
  }

  speaker(): Locator {
    return this.page.getByTestId('live-speaker');
  }

  roundLine(): Locator {
    return this.page.getByTestId('live-round-line');
  }

  /** Types the current speaker's line (the field has the cursor already) and gives the word on with Enter. */
  async sayLine(speaker: string, line: string, nextSpeaker: string | null): Promise<void> {
    await expect(this.speaker()).toHaveText(speaker);
    await expect(this.roundLine()).toBeFocused();
    // One input event for the whole line, as a paste would be: the journey is about the steps, not typing speed.
    await this.page.keyboard.insertText(line);
    await this.page.keyboard.press('Enter');
    await this.expectSpeaker(nextSpeaker);
  }

  /** Leaves the line field and marks the speaker with a key: S passes, F absent. */
  async markSpeaker(speaker: string, key: 's' | 'f', nextSpeaker: string | null): Promise<void> {
    await expect(this.speaker()).toHaveText(speaker);
    await this.page.keyboard.press('Escape');
    await expect(this.roundLine()).not.toBeFocused();
    await this.page.keyboard.press(key);
    await this.expectSpeaker(nextSpeaker);
  }

  private async expectSpeaker(speaker: string | null): Promise<void> {
    if (speaker === null) await expect(this.page.getByTestId('live-round-over')).toBeVisible();
    else await expect(this.speaker()).toHaveText(speaker);
  }

  /** One-key capture: B decision, H action, T theme; the field opens with the cursor in it, Enter saves. */
  async capture(key: 'b' | 'h' | 't', text: string): Promise<void> {
    await this.page.keyboard.press(key);
    const field = this.page.getByTestId('live-capture').getByRole('textbox').first();
    await expect(field).toBeFocused();
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('live-capture')).toHaveCount(0);
  }

  captured(): Locator {
    return this.page.getByTestId('live-captured');
  }

  async finish(): Promise<void> {
    await this.page.getByTestId('live-finish').focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: 'Afslut mødet?' });
    await expect(dialog.getByRole('button', { name: 'Afslut' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.board()).toHaveAttribute('data-live-state', 'finished');
  }

  pacing(): Locator {
    return this.page.getByTestId('live-pacing');
  }

  /** Opens the projector's page from the button and returns it once it shows the meeting. */
  async openPresenter(): Promise<Page> {
    const opening = this.page.context().waitForEvent('page');
    await this.page.getByRole('button', { name: 'Vis på projektor' }).click();
    const presenter = await opening;
    await expect(presenter.getByTestId('presenter')).toBeVisible();
    return presenter;
  }
}
