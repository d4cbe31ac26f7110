// The minutes tab: the meeting picker, the editor's notes, rounds and levels, the autosave status and the exports.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export type LevelName = 'I rummet' | 'Medlemmer' | 'Kan deles';

export class MinutesPage {
  constructor(readonly page: Page) {}

  main(): Locator {
    return this.page.getByRole('main');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Referater' }).click();
    await expect(this.main().getByRole('heading', { level: 2, name: /^Referat / })).toBeVisible();
  }

  agendaItem(title: string): Locator {
    return this.main().getByRole('group', { name: title, exact: true });
  }

  /** The note field of an agenda item; `passage` counts from 1 when the item has several. */
  noteField(itemTitle: string, passage?: number): Locator {
    const name = passage === undefined ? `Noter til ${itemTitle}` : `Noter til ${itemTitle} (${passage})`;
    return this.main().getByRole('textbox', { name, exact: true });
  }

  /** Selects `words` in a note field and applies a toolbar button ("Fed", "Kursiv", "Punktopstilling", ...). */
  async format(field: Locator, words: string, tool: string): Promise<void> {
    await field.evaluate((element, target) => {
      const textarea = element as HTMLTextAreaElement;
      const start = textarea.value.indexOf(target);
      textarea.focus();
      textarea.setSelectionRange(start, start + target.length);
    }, words);
    const name = await field.getAttribute('aria-label');
    await this.main().getByRole('toolbar', { name: `Formatering: ${name}` }).getByRole('button', { name: tool, exact: true }).click();
  }

  async addPassage(itemTitle: string): Promise<void> {
    await this.main().getByRole('button', { name: `Tilføj afsnit: ${itemTitle}` }).click();
  }

  roundEntry(round: 'Bordet rundt' | 'Afrunding', memberName: string): Locator {
    return this.main().getByRole('textbox', { name: `${round}: ${memberName}`, exact: true });
  }

  addButton(name: 'Tilføj beslutning' | 'Tilføj aftale'): Locator {
    return this.main().getByRole('button', { name, exact: true });
  }

  /** The decision field numbered from 1, as the editor labels it. */
  decision(number: number): Locator {
    return this.main().getByRole('textbox', { name: `Beslutning ${number}`, exact: true });
  }

  /** Adds a decision; the cursor lands in the new field, so the text is typed where the hands are. */
  async addDecision(text: string): Promise<void> {
    const count = await this.main().getByRole('textbox', { name: /^Beslutning \d+$/ }).count();
    await this.addButton('Tilføj beslutning').click();
    await expect(this.decision(count + 1)).toBeFocused();
    await this.decision(count + 1).fill(text);
  }

  /** Adds an action with the default due date (the next meeting) and the given owner. */
  async addAction(text: string, owner: string): Promise<void> {
    await this.addButton('Tilføj aftale').click();
    const field = this.main().getByRole('textbox', { name: 'Hvad', exact: true }).last();
    await expect(field).toBeFocused();
    await field.fill(text);
    const ownerSelect = this.main().getByLabel(`Hvem: ${text}`, { exact: true });
    await ownerSelect.click();
    await this.page.getByRole('option', { name: owner, exact: true }).click();
    await expect(ownerSelect).toHaveValue(owner);
  }

  /** From a member's closing-round entry: adds the theme they suggest to the group's wishes. */
  async raiseTheme(memberName: string, title: string): Promise<void> {
    await this.main().getByRole('button', { name: `Foreslå som tema: ${memberName}`, exact: true }).click();
    await this.page.getByRole('textbox', { name: `Tema, som ${memberName} foreslår`, exact: true }).fill(title);
    await this.page.getByRole('dialog').getByRole('button', { name: 'Foreslå som tema', exact: true }).click();
    await expect(this.page.getByText(`«${title}» er føjet til temaønskerne.`)).toBeVisible();
  }

  async chooseNextTheme(title: string): Promise<void> {
    const field = this.main().getByLabel('Vælg et tema fra ønskerne eller skriv et nyt', { exact: true });
    await field.fill(title);
    // Enter chooses, as the button does; the button may sit under a notice in the corner.
    await field.press('Enter');
  }

  nextThemeSection(): Locator {
    return this.main().getByRole('region', { name: 'Tema for næste møde' });
  }

  /** The level control of the field with the given accessible name. */
  levelOf(fieldName: string): Locator {
    return this.main().getByRole('radiogroup', { name: `Hvem må læse det: ${fieldName}`, exact: true });
  }

  async setLevel(fieldName: string, level: LevelName): Promise<void> {
    const control = this.levelOf(fieldName);
    await control.getByText(level, { exact: true }).click();
    await expect(control.getByRole('radio', { name: level })).toBeChecked();
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.main().locator('[data-autosave="saved"]')).toBeVisible();
    await expect(this.page.locator('[data-save-state="saved"]')).toBeVisible();
  }

  /** Exports through the menu and returns the downloaded .docx bytes and file name. */
  async exportVersion(item: 'Medlemsversion' | 'Version der kan deles'): Promise<{ fileName: string; bytes: Buffer }> {
    await this.main().getByRole('button', { name: /^(Eksportér|Eksporterer…)$/ }).click();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: item, exact: true }).click();
    const download = await downloading;
    const filePath = await download.path();
    return { fileName: download.suggestedFilename(), bytes: await readFile(filePath) };
  }
}
