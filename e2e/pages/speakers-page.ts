// The speaker directory ("Oplægsholdere") with its cross-group view, and the pipeline ("Forløb") with drafts.
import { expect, type Locator, type Page } from '@playwright/test';

export class SpeakersPage {
  constructor(readonly page: Page) {}

  async openDirectory(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Oplægsholdere' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Oplægsholdere' })).toBeVisible();
  }

  directory(): Locator {
    return this.page.getByRole('list', { name: 'Oplægsholdere' });
  }

  /** Finds a speaker in the other groups of the folder and copies them into this group. */
  async copyFromOtherGroup(name: string, fromGroup: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Find i andre grupper' }).click();
    const drawer = this.page.getByRole('dialog', { name: 'Oplægsholdere i alle dine grupper' });
    await drawer.getByLabel('Søg i alle grupper').fill(name);
    await drawer.getByRole('button', { name: `Kopiér ${name} fra ${fromGroup}` }).click();
    await expect(drawer.getByText('Findes allerede her')).toBeVisible();
    await drawer.getByRole('button', { name: 'Luk' }).click();
    await expect(this.directory().getByRole('button', { name: new RegExp(name) })).toBeVisible();
  }

  async openPipeline(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Forløb' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Oplægsforløb' })).toBeVisible();
  }

  column(state: string): Locator {
    return this.page.getByRole('list', { name: 'Tavle med invitationer' }).getByRole('listitem', { name: new RegExp(`^${state}:`) });
  }

  card(state: string, speaker: string): Locator {
    return this.column(state).getByLabel(speaker, { exact: true });
  }

  invitationDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Ny invitation' });
  }

  /** Fills the new-invitation form; the caller decides what happens on "Opret invitation". */
  async fillInvitation(options: {
    suggestedBy?: string;
    newSpeaker?: { name: string; organisation: string };
    existingSpeaker?: string;
    meeting: RegExp;
    topic?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Ny invitation' }).click();
    const dialog = this.invitationDialog();
    if (options.suggestedBy) await this.choose(dialog.getByRole('combobox', { name: 'Foreslået af' }), options.suggestedBy);
    if (options.newSpeaker) {
      await dialog.getByText('Ny oplægsholder', { exact: true }).click();
      await dialog.getByLabel('Navn').fill(options.newSpeaker.name);
      await dialog.getByLabel('Organisation').fill(options.newSpeaker.organisation);
    }
    if (options.existingSpeaker) await this.choose(dialog.getByRole('combobox', { name: 'Vælg oplægsholder' }), options.existingSpeaker);
    await dialog.getByRole('combobox', { name: 'Møde' }).click();
    await this.page.getByRole('option', { name: options.meeting }).click();
    if (options.topic !== undefined) await dialog.getByLabel('Emne').fill(options.topic);
  }

  private async choose(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(select).toHaveValue(option);
  }

  /** Moves a card through its keyboard-reachable menu. */
  async moveWithMenu(from: string, speaker: string, to: string): Promise<void> {
    await this.card(from, speaker).getByRole('button', { name: `Handlinger for ${speaker}` }).click();
    await this.page.getByRole('menuitem', { name: to, exact: true }).click();
    await expect(this.card(to, speaker)).toBeVisible();
  }

  /**
   * Drags a card with the mouse and drops it on the other column's heading. Not on the column's middle: Playwright
   * scrolls a drop target that is not wholly on screen after pressing the button, and Chromium starts no drag once the
   * page has scrolled under the pressed button, so a column reaching below the window would never get the card.
   */
  async moveByDragging(from: string, speaker: string, to: string): Promise<void> {
    const heading = this.column(to).getByText(to, { exact: true });
    await heading.scrollIntoViewIfNeeded();
    await this.card(from, speaker).dragTo(heading);
    await expect(this.card(to, speaker)).toBeVisible();
  }

  async openMailDraft(state: string, speaker: string): Promise<Locator> {
    await this.card(state, speaker).getByRole('button', { name: `Handlinger for ${speaker}` }).click();
    await this.page.getByRole('menuitem', { name: 'E-mailudkast…' }).click();
    const dialog = this.page.getByRole('dialog', { name: `E-mailudkast til ${speaker}` });
    await expect(dialog.getByLabel('Emne')).not.toHaveValue('');
    return dialog;
  }
}
