// The frame around every page: header with language switch and save state, and the workspace problem alerts.
import { expect, type Locator, type Page } from '@playwright/test';

export type LanguageName = 'Dansk' | 'English';

export class ShellPage {
  constructor(readonly page: Page) {}

  /** The app's title in the header; its text is the same in both languages, so it also proves the shell is drawn. */
  appTitle(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  languageSwitch(): Locator {
    // A radio group; the label reads "Sprog" or "Language".
    return this.page.getByRole('radiogroup', { name: /^(Sprog|Language)$/ });
  }

  async switchLanguage(language: LanguageName): Promise<void> {
    // The radio input is visually hidden under its label, so click the label the user sees.
    await this.languageSwitch().getByText(language, { exact: true }).click();
    await expect(this.languageSwitch().getByRole('radio', { name: language })).toBeChecked();
  }

  problemAlerts(): Locator {
    return this.page.getByRole('alert');
  }
}
