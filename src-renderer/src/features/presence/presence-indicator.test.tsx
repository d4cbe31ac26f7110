// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { DevicePresence } from '../../../../src-main/domain/presence';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { PresenceIndicator } from './presence-indicator';

const today = (hours: number, minutes: number) => {
  const date = new Date();
  date.setHours(hours, minutes, 0, 0);
  return date.toISOString();
};
const device = (deviceId: string, name: string, since: string): DevicePresence => ({ deviceId, name, since, lastSeenAt: since });

describe('PresenceIndicator', () => {
  it('says in Danish who else has the folder open, and since when', async () => {
    const api = createFakeApi({ 'presence.others': [device('aaaaaaaaaaaaaaaa', 'Mette', today(0, 2))] });
    renderWithProviders(<PresenceIndicator />, { api });
    expect((await screen.findByTestId('presence-indicator')).textContent).toBe('Mette har også mappen åben siden 00:02');
  });

  it('names the first and counts the others when several devices are there', async () => {
    const others = [device('aaaaaaaaaaaaaaaa', 'Mette', today(0, 2)), device('bbbbbbbbbbbbbbbb', 'Jonas', today(0, 5))];
    const api = createFakeApi({ 'presence.others': others });
    renderWithProviders(<PresenceIndicator />, { api });
    expect((await screen.findByTestId('presence-indicator')).textContent).toBe('Mette og én anden har også mappen åben');
  });

  it('speaks English too', async () => {
    const api = createFakeApi({ 'presence.others': [device('aaaaaaaaaaaaaaaa', 'Mette', today(0, 2))] });
    renderWithProviders(<PresenceIndicator />, { api, language: 'en' });
    expect((await screen.findByTestId('presence-indicator')).textContent).toBe('Mette also has the folder open since 00:02');
  });

  it('shows nothing when nobody else is there', async () => {
    const api = createFakeApi({ 'presence.others': [] });
    renderWithProviders(<PresenceIndicator />, { api });
    await waitFor(() => expect(api.calls.map((call) => call.method)).toEqual(['presence.others']));
    await act(async () => undefined);
    expect(screen.queryByTestId('presence-indicator')).toBeNull();
  });
});
