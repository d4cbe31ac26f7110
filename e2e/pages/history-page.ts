// The History tab ("Historik"): its three views, the decision register with its filters and status per decision, and
// the attendance charts with their tables.
import { expect, type Locator, type Page } from '@playwright/test';

export type HistoryViewName = 'Beslutninger' | 'Fremmøde' | 'Værter';

export class HistoryPage {
  constructor(readonly page: Page) {}

  main(): Locator {
    return this.page.getByRole('main');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Historik' }).click();
    await expect(this.main().getByRole('heading', { level: 2, name: 'Gruppens historik' })).toBeVisible();
  }

  async show(view: HistoryViewName): Promise<void> {
    // Mantine's SegmentedControl hides its radio inputs under their labels: click the label the user sees.
    const views = this.main().getByRole('radiogroup', { name: 'Vis' });
    await views.getByText(view, { exact: true }).click();
    await expect(views.getByRole('radio', { name: view })).toBeChecked();
  }

  /** The register's row of the decision with `text`. */
  decisionRow(text: string): Locator {
    return this.main().getByRole('row').filter({ hasText: text });
  }

  statusOf(text: string): Locator {
    return this.main().getByRole('combobox', { name: `Status for «${text}»` });
  }

  /** Marks a decision as replaced by the later decision with `byText`, through the dialog that asks which. */
  async markReplaced(text: string, byText: string): Promise<void> {
    await this.statusOf(text).selectOption('Erstattet');
    const dialog = this.page.getByRole('dialog', { name: 'Erstattet af hvilken beslutning?' });
    await dialog.getByRole('combobox', { name: 'Den senere beslutning' }).fill(byText.slice(0, 12));
    await dialog.getByRole('option', { name: new RegExp(byText) }).click();
    await dialog.getByRole('button', { name: 'Markér som erstattet' }).click();
    await expect(dialog).toBeHidden();
  }

  chart(name: RegExp): Locator {
    return this.main().getByRole('figure', { name });
  }

  table(heading: string): Locator {
    return this.main().getByRole('table', { name: heading });
  }
}
