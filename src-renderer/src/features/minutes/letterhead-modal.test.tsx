// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { LetterheadModal } from './letterhead-modal';

describe('LetterheadModal', () => {
  it('sends the picked template as base64 with the chosen version and the whole year, then closes', async () => {
    const onExport = vi.fn(async () => true);
    const onClose = vi.fn();
    renderWithProviders(<LetterheadModal opened onClose={onClose} meetingId="m1" year={2026} running={false} onExport={onExport} />);
    expect(screen.getByText(/pladsholderne \{\{body\}\} og gerne \{\{group\}\}/)).toBeTruthy();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75, 3, 4])], 'brevpapir.docx')] } });
    fireEvent.click(screen.getByText('Version der kan deles'));
    fireEvent.click(screen.getByText('Hele året 2026'));
    fireEvent.click(screen.getByRole('button', { name: 'Eksportér' }));
    await waitFor(() => expect(onExport).toHaveBeenCalledWith({ version: 'shareable', scope: { kind: 'year', year: 2026 }, letterheadBase64: 'UEsDBA==' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
