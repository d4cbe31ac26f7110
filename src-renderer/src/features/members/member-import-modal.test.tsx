// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { previewMemberImport } from '../../../../src-main/export/member-csv/preview';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { MemberImportModal } from './member-import-modal';

const CSV = [
  'Navn;Organisation;E-mail',
  'Mette Holm;Aarhus Kommune;mette@aarhus.dk',
  'Søren Ærø;Region Syddanmark;soren@rsyd.dk',
  ';Ukendt;noname@x.dk',
  'Åse Lund;Banedanmark;ase.lund(at)bane.dk',
  'Jens Øby;Netcompany;jens@netcompany.com',
].join('\r\n');
const fixture = new TextEncoder().encode(CSV);

function base64Of(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function previewOf(input: unknown) {
  const binary = atob((input as { base64: string }).base64);
  return previewMemberImport(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

function chooseFile(bytes: Uint8Array, name = 'medlemmer.csv') {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const file = new File([new Uint8Array(bytes)], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('MemberImportModal', () => {
  it('previews every row with translated reasons and writes only when the user confirms', async () => {
    const api = createFakeApi({
      'members.previewImport': previewOf,
      'members.import': { imported: 3 },
    });
    renderWithProviders(<MemberImportModal opened groupId="g1" members={[]} onClose={() => undefined} />, { api });
    chooseFile(fixture);

    expect(await screen.findByText('3 kan importeres · 0 dubletter · 2 afvist')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Importér medlemmer fra CSV' });
    expect(within(table).getByText('Navn mangler')).toBeTruthy();
    expect(within(table).getByText('E-mailen "ase.lund(at)bane.dk" ser ikke rigtig ud')).toBeTruthy();
    expect(api.calls.map((call) => call.method)).toEqual(['members.previewImport']);

    fireEvent.click(screen.getByRole('button', { name: 'Importér 3 medlemmer' }));
    await waitFor(() => expect(api.calls.map((call) => call.method)).toEqual(['members.previewImport', 'members.import']));
    expect(api.calls[1]?.input).toEqual({ groupId: 'g1', base64: base64Of(fixture) });
  });

  it('explains a file it cannot use and offers nothing to import', async () => {
    const api = createFakeApi({ 'members.previewImport': previewOf });
    renderWithProviders(<MemberImportModal opened groupId="g1" members={[]} onClose={() => undefined} />, { api, language: 'en' });
    chooseFile(new TextEncoder().encode('Fornavn;Efternavn\nMette;Holm\n'));
    expect(await screen.findByText(/The first row does not look like column headings/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
  });

  it('shows the detected encoding and delimiter, and a row without an e-mail that repeats a member by name (English)', async () => {
    const members = [{ id: 'm1', name: 'Mette Holm', email: 'mette@aarhus.dk', phone: '', employments: [], notes: '' }];
    const api = createFakeApi({
      'members.previewImport': (input) => {
        const binary = atob((input as { base64: string }).base64);
        return previewMemberImport(Uint8Array.from(binary, (character) => character.charCodeAt(0)), { members, today: '2026-12-02' });
      },
    });
    renderWithProviders(<MemberImportModal opened groupId="g1" members={members} onClose={() => undefined} />, { api, language: 'en' });
    // Windows-1252 as Danish Excel writes it: "ø" is 0xF8, "Å" 0xC5; semicolons between the columns.
    const latin1 = Uint8Array.from('Navn;E-mail\r\nmette holm;\r\nJens \xf8by;\r\n\xc5se Lund;ase@bane.dk\r\n', (character) => character.charCodeAt(0));
    chooseFile(latin1);

    expect(await screen.findByText('2 can be imported · 1 duplicates · 0 rejected')).toBeTruthy();
    expect(screen.getByTestId('import-format').textContent).toBe(
      'Read as Windows-1252/Latin-1 (as Danish Excel saves "CSV (semicolon delimited)"), with semicolon (;) between the columns.',
    );
    const table = screen.getByRole('table', { name: 'Import members from CSV' });
    expect(within(table).getByText('No e-mail, and the same name as the member Mette Holm')).toBeTruthy();
    expect(within(table).getByText('Jens øby')).toBeTruthy();
  });
});
