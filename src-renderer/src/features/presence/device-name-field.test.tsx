// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { DeviceNameField } from './device-name-field';

describe('DeviceNameField', () => {
  it('saves the name other devices see when the field is left, trimmed', async () => {
    const api = createFakeApi({
      'presence.name': { displayName: null },
      'presence.setName': (input) => ({ displayName: (input as { displayName: string | null }).displayName }),
    });
    renderWithProviders(<DeviceNameField />, { api });
    const field = await screen.findByLabelText('Dit navn for andre');
    await waitFor(() => expect((field as HTMLInputElement).disabled).toBe(false));
    fireEvent.change(field, { target: { value: '  Mette ' } });
    fireEvent.blur(field);
    await waitFor(() => expect(api.calls.at(-1)).toEqual({ method: 'presence.setName', input: { displayName: 'Mette' } }));
    expect(await screen.findByText('Andre ser dig nu som «Mette».')).toBeTruthy();
  });

  it('sends nothing when the name did not change', async () => {
    const api = createFakeApi({ 'presence.name': { displayName: 'Mette' } });
    renderWithProviders(<DeviceNameField />, { api, language: 'en' });
    const field = await screen.findByLabelText('Your name for others');
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('Mette'));
    fireEvent.blur(field);
    expect(api.calls.map((call) => call.method)).toEqual(['presence.name']);
  });
});
