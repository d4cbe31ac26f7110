// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncConflictView } from '../../../../src-main/domain/sync-conflicts';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { describeValue } from './describe-value';
import { SyncConflictsBanner } from './sync-conflicts-banner';

const conflict: SyncConflictView = {
  id: 'group:group:description:a:b',
  collection: 'group',
  recordId: 'group',
  recordLabel: 'IT-chefer Øst',
  field: 'description',
  kept: { value: 'Lars’ tekst', deviceName: 'Lars', deviceId: 'bbbbbbbbbbbbbbbb', at: '2026-12-02T10:12:00.000Z' },
  other: { value: 'Mettes tekst', deviceName: 'Mette', deviceId: 'aaaaaaaaaaaaaaaa', at: '2026-12-02T10:11:00.000Z' },
};
const counts = [{ groupId: 'grp-1', groupName: 'IT-chefer Øst', count: 1 }];

describe('SyncConflictsBanner', () => {
  it('says there are simultaneous changes, shows both sides with who and when, and keeps the chosen one', async () => {
    let remaining = [conflict];
    const api = createFakeApi({
      'syncConflicts.counts': () => (remaining.length > 0 ? counts : []),
      'syncConflicts.list': () => remaining,
      'syncConflicts.resolve': () => {
        remaining = [];
        return remaining;
      },
    });
    renderWithProviders(<SyncConflictsBanner />, { api });
    const banner = await screen.findByTestId('sync-conflicts-banner');
    expect(banner.textContent).toContain('Én ændring blev lavet to steder på samme tid');
    fireEvent.click(within(banner).getByRole('button', { name: 'Vælg hvad der skal gælde' }));

    const card = await screen.findByTestId('sync-conflict');
    expect(card.textContent).toContain('Gruppen «IT-chefer Øst»: Beskrivelse');
    expect(card.textContent).toContain('Gælder nu');
    expect(card.textContent).toContain('Lars’ tekst');
    expect(card.textContent).toContain('Sat til side');
    expect(card.textContent).toContain('Mettes tekst');
    expect(card.textContent).toMatch(/Mette, /);
    fireEvent.click(within(card).getByRole('button', { name: 'Behold «Mettes tekst» for Beskrivelse' }));
    await waitFor(() =>
      expect(api.calls).toContainEqual({ method: 'syncConflicts.resolve', input: { groupId: 'grp-1', conflictId: conflict.id, keep: 'other' } }),
    );
    await waitFor(() => expect(screen.queryByTestId('sync-conflict')).toBeNull());
  });

  it('speaks English too', async () => {
    const api = createFakeApi({ 'syncConflicts.counts': [{ ...counts[0]!, count: 2 }], 'syncConflicts.list': [conflict] });
    renderWithProviders(<SyncConflictsBanner />, { api, language: 'en' });
    expect((await screen.findByTestId('sync-conflicts-banner')).textContent).toContain('2 changes were made in two places at the same time');
  });

  it('shows nothing while the inbox is empty', async () => {
    const api = createFakeApi({ 'syncConflicts.counts': [] });
    renderWithProviders(<SyncConflictsBanner />, { api });
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(screen.queryByTestId('sync-conflicts-banner')).toBeNull();
  });
});

describe('describeValue', () => {
  it('shows text as it is, empty as empty, yes/no, and anything with parts as JSON', () => {
    expect(describeValue('tekst')).toEqual({ kind: 'text', text: 'tekst' });
    expect(describeValue(undefined)).toEqual({ kind: 'empty' });
    expect(describeValue('')).toEqual({ kind: 'empty' });
    expect(describeValue(true)).toEqual({ kind: 'yesNo', yes: true });
    expect(describeValue([{ organisation: 'Region Syd' }])).toEqual({ kind: 'structured', text: '[\n  {\n    "organisation": "Region Syd"\n  }\n]' });
  });
});
