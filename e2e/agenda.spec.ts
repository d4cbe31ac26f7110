// Journeys for agendas: build one from the full-day template, reorder it and watch the times follow, export the invitation.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures/app-fixture';
import { readmeScreenshotPath } from './fixtures/screenshot-path';
import { AgendaPage } from './pages/agenda-page';
import { GroupsPage } from './pages/groups-page';

test('an agenda built from the full-day template is reordered, its times follow, and the invitation carries it', async ({ app }) => {
  const groups = new GroupsPage(app.page);
  await groups.createDemoGroup();
  await expect(groups.groupList().getByRole('listitem')).toHaveCount(1);
  const agenda = new AgendaPage(app.page);
  await agenda.open();
  await expect(app.page.getByText('Dagsordenen er tom')).toBeVisible();

  await agenda.applyTemplate('Heldagsmøde');

  // The demo's next meeting starts 09:30 and has a site tour, so the full day runs past 16:00.
  await expect(agenda.item(0)).toHaveAccessibleName(/Velkomst/);
  await expect(agenda.timeOf(0)).toHaveText('09:30–09:40');
  await expect(agenda.timeOf(1)).toHaveText('09:40–10:40');
  await expect(agenda.overrunWarning()).toContainText('30 min');

  await agenda.moveDown('Velkomst');

  await expect(agenda.item(0)).toHaveAccessibleName(/Bordet rundt/);
  await expect(agenda.timeOf(0)).toHaveText('09:30–10:30');
  await expect(agenda.timeOf(1)).toHaveText('10:30–10:40');

  // Dragging by the grip works too: the follow-up item (third) goes first.
  await agenda.dragItem(2, 0);
  await expect(agenda.item(0)).toHaveAccessibleName(/Opfølgning/);
  await expect(agenda.timeOf(0)).toHaveText('09:30–09:45');
  await agenda.moveDown('Opfølgning på aktioner fra sidste møde');
  await agenda.moveDown('Opfølgning på aktioner fra sidste møde');
  await expect(agenda.timeOf(0)).toHaveText('09:30–10:30');
  await agenda.waitUntilSaved();

  await app.page.setViewportSize({ width: 1280, height: 1400 });
  await app.page.screenshot({ path: readmeScreenshotPath('agenda.png') });

  const download = await agenda.exportInvitation();
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const documentXml = strFromU8(unzipSync(await readFile(await download.path()))['word/document.xml'] ?? new Uint8Array());
  expect(documentXml).toContain('Bordet rundt');
  expect(documentXml).toContain('Velkomst');
  expect(documentXml).toContain('10:30');
  expect(documentXml.indexOf('Bordet rundt')).toBeLessThan(documentXml.indexOf('Velkomst'));
});
