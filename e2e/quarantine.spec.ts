// A damaged workspace file is moved aside with its bytes intact, never overwritten, and the facilitator is told so.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures/app-fixture';
import { ShellPage } from './pages/shell-page';

const TRUNCATED = Buffer.from('{"schemaVersion":2,', 'utf8');
const ZERO_FILLED = Buffer.alloc(512);

test.use({
  appOptions: {
    beforeStart: async ({ workspacesDir }) => {
      await writeFile(path.join(workspacesDir, 'cio-netvaerk-oest.json'), TRUNCATED);
      await writeFile(path.join(workspacesDir, 'it-drift-vest.json'), ZERO_FILLED);
    },
  },
});

async function keptCopy(folder: string, baseName: string): Promise<Buffer> {
  const entries = await readdir(folder, { recursive: true });
  const kept = entries.filter((entry) => path.basename(entry).startsWith(`${baseName}.corrupt-`) && entry.endsWith('.json'));
  expect(kept, `a ${baseName}.corrupt-*.json in ${folder}`).toHaveLength(1);
  return readFile(path.join(folder, kept[0]!));
}

test('corrupt group files are quarantined with their bytes and explained in the UI', async ({ app }) => {
  const shell = new ShellPage(app.page);
  const alerts = shell.problemAlerts();
  await expect(alerts).toHaveCount(2);
  await expect(alerts.filter({ hasText: 'Filen «cio-netvaerk-oest.json» kunne ikke læses' })).toContainText(/afkortet|ikke gyldig JSON/);
  await expect(alerts.filter({ hasText: 'Filen «it-drift-vest.json» kunne ikke læses' })).toContainText('den indeholdt kun nuller');
  await expect(alerts.first()).toContainText('intet er overskrevet');

  const folder = app.folders.workspacesDir;
  expect((await keptCopy(folder, 'cio-netvaerk-oest')).equals(TRUNCATED)).toBe(true);
  expect((await keptCopy(folder, 'it-drift-vest')).equals(ZERO_FILLED)).toBe(true);

  // The explanation is translated too.
  await shell.switchLanguage('English');
  await expect(alerts.filter({ hasText: 'cio-netvaerk-oest.json' })).toContainText('could not be read');
});
