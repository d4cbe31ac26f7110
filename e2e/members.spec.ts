// Members: importing a Danish Excel CSV shows the detected encoding and delimiter and every row's fate before anything
// is written; a row without an e-mail is checked by name.
import path from 'node:path';
import { expect, test } from './fixtures/app-fixture';
import { GroupsPage } from './pages/groups-page';
import { MembersPage } from './pages/members-page';

const FIXTURE = path.join(import.meta.dirname, '..', 'src-main', 'export', 'member-csv', 'fixtures', 'danish-excel-windows-1252.csv');

test('a CSV with two bad rows is previewed with reasons, and only the good rows are imported', async ({ app }, testInfo) => {
  const groups = new GroupsPage(app.page);
  await groups.createGroup('CIO-netværk Øst');
  const members = new MembersPage(app.page);
  await members.open();
  await expect(app.page.getByText('Gruppen har endnu ingen medlemmer')).toBeVisible();

  await members.previewImport(FIXTURE);
  await expect(members.previewSummary()).toHaveText('3 kan importeres · 0 dubletter · 2 afvist');
  await expect(members.detectedFormat()).toHaveText(
    'Læst som Windows-1252/Latin-1 (som dansk Excel gemmer "CSV (semikolonsepareret)"), med semikolon (;) mellem kolonnerne.',
  );
  await expect(members.previewRow(4)).toContainText('Afvist');
  await expect(members.previewRow(4)).toContainText('Navn mangler');
  await expect(members.previewRow(5)).toContainText('Åse Lund');
  await expect(members.previewRow(5)).toContainText('E-mailen "ase.lund(at)bane.dk" ser ikke rigtig ud');
  await expect(members.previewRow(3)).toContainText('Søren Ærø');
  await expect(members.previewRow(3)).toContainText('Importeres');

  await members.confirmImport(3);
  await expect(members.roster()).toContainText('Mette Holm');
  await expect(members.roster()).toContainText('Region Syddanmark');
  await expect(app.page.getByText('2 aktive medlemmer')).toBeVisible();
  // Jens Øby left in 2024: kept in the roster as a former member, not deleted.
  await expect(members.roster()).not.toContainText('Jens Øby');
  await members.showFormerMembers();
  await expect(members.roster()).toContainText('Jens Øby');
  await expect(members.roster()).not.toContainText('Åse Lund');

  // A second file without e-mails, in UTF-8 with commas: names are compared one line, ignoring case.
  const csv = 'Navn,E-mail\nmette  holm,\nNy Person,\nny person,\n';
  await members.previewImport({ name: 'nye.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(members.detectedFormat()).toHaveText('Læst som UTF-8, med komma (,) mellem kolonnerne.');
  await expect(members.previewSummary()).toHaveText('1 kan importeres · 2 dubletter · 0 afvist');
  await expect(members.previewRow(2)).toContainText('Ingen e-mail, og samme navn som medlemmet Mette Holm');
  await expect(members.previewRow(4)).toContainText('Ingen e-mail, og samme navn som række 3');
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.page.screenshot({ path: testInfo.outputPath('import-by-name-1280x720.png') });
});
