// The language switch: Danish by default here, English after one click, and still English after a restart.
import { expect, test } from './fixtures/app-fixture';
import { ShellPage } from './pages/shell-page';

test('switching to English changes the texts and survives a restart', async ({ app }) => {
  const shell = new ShellPage(app.page);
  await expect(app.page.getByRole('heading', { name: 'Velkommen til Netværk' })).toBeVisible();
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'da');

  await shell.switchLanguage('English');

  await expect(app.page.getByRole('heading', { name: 'Welcome to Netværk' })).toBeVisible();
  await expect(app.page.getByRole('heading', { name: 'Velkommen til Netværk' })).toHaveCount(0);

  await app.restart();

  await expect(app.page.getByRole('heading', { name: 'Welcome to Netværk' })).toBeVisible();
  await expect(new ShellPage(app.page).languageSwitch().getByRole('radio', { name: 'English' })).toBeChecked();
});
