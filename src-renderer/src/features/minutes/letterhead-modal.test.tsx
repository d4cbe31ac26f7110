// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { LetterheadModal } from './letterhead-modal';

const pickFile = () => {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75, 3, 4])], 'brevpapir.docx')] } });
};

describe('LetterheadModal', () => {
  it('checks a picked template, reports unknown placeholders, exports it and remembers it for the group', async () => {
    const onExport = vi.fn(async () => true);
    const onClose = vi.fn();
    const check = { understood: ['body' as const, 'place' as const], notUnderstood: ['logo'], hasBody: true };
    const api = createFakeApi({
      'letterheads.remembered': null,
      'letterheads.inspect': check,
      'letterheads.remember': { fileName: 'brevpapir.docx', base64: 'UEsDBA==', check },
    });
    renderWithProviders(<LetterheadModal opened onClose={onClose} groupId="g1" meetingId="m1" year={2026} running={false} onExport={onExport} />, { api });
    // Every supported field is documented in the dialog.
    expect(screen.getByText('{{facilitator}}')).toBeTruthy();
    expect(screen.getByText('{{version}}')).toBeTruthy();
    pickFile();
    expect(await screen.findByText(/\{\{logo\}\} udfyldes ikke/, {}, { timeout: 5000 })).toBeTruthy();
    expect(api.calls).toContainEqual({ method: 'letterheads.inspect', input: { letterheadBase64: 'UEsDBA==' } });
    fireEvent.click(screen.getByText('Version der kan deles'));
    fireEvent.click(screen.getByText('Hele året 2026'));
    fireEvent.click(screen.getByRole('button', { name: 'Eksportér' }));
    await waitFor(() => expect(onExport).toHaveBeenCalledWith({ version: 'shareable', scope: { kind: 'year', year: 2026 }, letterheadBase64: 'UEsDBA==' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.calls).toContainEqual({ method: 'letterheads.remember', input: { groupId: 'g1', fileName: 'brevpapir.docx', letterheadBase64: 'UEsDBA==' } });
  });

  it('offers the remembered template at once, and will not export one without {{body}}', async () => {
    const onExport = vi.fn(async () => true);
    const api = createFakeApi({
      'letterheads.remembered': { fileName: 'Kommunens brevpapir.docx', base64: 'UEsDBA==', check: { understood: ['body'], notUnderstood: [], hasBody: true } },
      'letterheads.inspect': { understood: ['group'], notUnderstood: [], hasBody: false },
    });
    renderWithProviders(<LetterheadModal opened onClose={vi.fn()} groupId="g1" meetingId="m1" year={2026} running={false} onExport={onExport} />, { api });
    expect(await screen.findByText('Gruppens skabelon: «Kommunens brevpapir.docx»')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Eksportér' }) as HTMLButtonElement).disabled).toBe(false);
    pickFile();
    expect(await screen.findByText('Skabelonen mangler {{body}}', {}, { timeout: 5000 })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Eksportér' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
