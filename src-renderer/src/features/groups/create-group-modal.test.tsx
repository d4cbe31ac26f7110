// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { CreateGroupModal } from './create-group-modal';

const created = {
  id: 'g1',
  name: 'CIO-netværk Øst',
  language: 'da' as const,
  archived: false,
  memberCount: 0,
  speakerCount: 0,
  nextMeetingDate: null,
  fileName: 'cio-netvaerk-ost.json',
};

function renderModal(api = createFakeApi({ 'groups.create': created }), language: 'da' | 'en' = 'da') {
  const onClose = vi.fn();
  renderWithProviders(
    <CreateGroupModal
      opened
      defaultLanguage="da"
      onClose={onClose}
      onCreate={(values) => api.call('groups.create', values)}
    />,
    { api, language },
  );
  return { api, onClose };
}

describe('CreateGroupModal', () => {
  it('shows a Danish validation message and does not call the API for an empty name', async () => {
    const { api, onClose } = renderModal();
    fireEvent.change(screen.getByRole('textbox', { name: /Gruppens navn/ }), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opret gruppe' }));
    expect(await screen.findByText('Navnet skal udfyldes')).toBeTruthy();
    expect(api.calls).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows the same rule in English', async () => {
    const { api } = renderModal(undefined, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));
    expect(await screen.findByText('The name is required')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  it('creates the group with the chosen name and language, then closes', async () => {
    const { api, onClose } = renderModal();
    fireEvent.change(screen.getByRole('textbox', { name: /Gruppens navn/ }), { target: { value: 'CIO-netværk Øst' } });
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opret gruppe' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.calls).toEqual([{ method: 'groups.create', input: { name: 'CIO-netværk Øst', language: 'en' } }]);
  });

  it('shows a validation error the API returned next to the field', async () => {
    const api = createFakeApi({ 'groups.create': { error: { code: 'validation', issues: [{ path: 'name', code: 'tooLong' }] } } });
    const { onClose } = renderModal(api);
    fireEvent.change(screen.getByRole('textbox', { name: /Gruppens navn/ }), { target: { value: 'Et navn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opret gruppe' }));
    expect(await screen.findByText('Navnet har for mange tegn')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
