// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyFacilitatorProfile, type FacilitatorProfile } from '../../../../src-main/domain/facilitator-profile';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { FirstRunProfile } from './first-run-profile';
import { ProfileSettingsSection } from './profile-settings-section';

describe('FirstRunProfile', () => {
  it('asks who is writing until a profile is saved, showing how mails will end', async () => {
    let saved: FacilitatorProfile | null = null;
    const api = createFakeApi({
      'profile.get': () => ({ profile: saved }),
      'profile.save': (input) => {
        saved = input as FacilitatorProfile;
        return { profile: saved };
      },
    });
    renderWithProviders(<FirstRunProfile />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Udfyld min profil' }));
    fireEvent.change(screen.getByLabelText('Navn'), { target: { value: 'Karen Friis' } });
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: 'IT-foreningen' } });
    expect(screen.getByRole('figure').textContent).toContain('Venlig hilsen\nKaren Friis\nIT-foreningen');
    fireEvent.click(screen.getByRole('button', { name: 'Gem profil' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Hvem skriver?' })).toBeNull());
    expect(saved).toEqual({ ...emptyFacilitatorProfile(), name: 'Karen Friis', organisation: 'IT-foreningen' });
  });

  it('is skipped with an empty profile, and shows nothing once one exists', async () => {
    const api = createFakeApi({ 'profile.get': { profile: null }, 'profile.save': (input) => ({ profile: input as FacilitatorProfile }) });
    renderWithProviders(<FirstRunProfile />, { api, language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(api.calls.at(-1)).toEqual({ method: 'profile.save', input: emptyFacilitatorProfile() }));
  });
});

describe('ProfileSettingsSection', () => {
  it('shows the saved profile for editing', async () => {
    const api = createFakeApi({ 'profile.get': { profile: { ...emptyFacilitatorProfile(), name: 'Karen Friis' } } });
    renderWithProviders(<ProfileSettingsSection />, { api, language: 'en' });
    await waitFor(() => expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Karen Friis'));
  });
});
