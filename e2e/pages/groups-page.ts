// The groups: the welcome screen's buttons, the navbar list, the create dialog, and a group's dashboard.
import { expect, type Locator, type Page } from '@playwright/test';

export class GroupsPage {
  constructor(readonly page: Page) {}

  navigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Grupper' });
  }

  groupList(): Locator {
    return this.navigation().getByRole('list');
  }

  groupInList(name: string): Locator {
    return this.groupList().getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
  }

  welcomeHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Velkommen til Netværk' });
  }

  dashboardHeading(name: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2, name, exact: true });
  }

  /** Creates a group through the dialog, from the welcome screen or from the navbar, whichever is showing. */
  async createGroup(name: string): Promise<void> {
    const fromWelcome = this.page.getByRole('button', { name: 'Opret din første gruppe' });
    const fromNavbar = this.navigation().getByRole('button', { name: 'Opret gruppe' });
    await fromWelcome.or(fromNavbar).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Opret gruppe' });
    await dialog.getByLabel('Gruppens navn').fill(name);
    await dialog.getByRole('button', { name: 'Opret gruppe' }).click();
    await expect(dialog).toBeHidden();
  }

  async createDemoGroup(): Promise<void> {
    await this.page.getByRole('button', { name: 'Opret demogruppe' }).click();
  }

  async openGroup(name: string): Promise<void> {
    await this.groupInList(name).click();
    await expect(this.dashboardHeading(name)).toBeVisible();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
