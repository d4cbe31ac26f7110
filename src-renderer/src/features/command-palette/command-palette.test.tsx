// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { spotlight } from '@mantine/spotlight';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PaletteGroupIndex } from '../../../../src-main/domain/palette-index';
import type { GroupSummary } from '../../../../src-main/domain/model';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { sampleGroupSummary } from '../../test-support/sample-group';
import { CommandPalette } from './command-palette';
import type * as paletteEntries from './palette-entries';
import { paletteIndexEntries } from './palette-entries';

// Passed through, so a test can count how often the people, meetings and actions are turned into entries.
vi.mock('./palette-entries', async (actual) => {
  const entries = await actual<typeof paletteEntries>();
  return { ...entries, paletteIndexEntries: vi.fn(entries.paletteIndexEntries) };
});

const group = sampleGroupSummary({ memberCount: 1 });

const handlers = { selectGroup: () => {}, createGroup: () => {}, switchLanguage: () => {}, openSettings: () => {}, openBackups: () => {}, openCalendar: () => {} };

describe('CommandPalette', () => {
  it('asks for its index when first opened, and after a change only once it is opened again', async () => {
    let members = [{ id: 'm1', name: 'Lars Bech', organisation: '' }];
    const index = (): PaletteGroupIndex[] => [{ groupId: 'g1', groupName: group.name, members, speakers: [], meetings: [], openActions: [], latestMeetingId: null }];
    const api = createFakeApi({ 'palette.index': index });
    const indexCalls = () => api.calls.filter((call) => call.method === 'palette.index').length;
    renderWithProviders(<CommandPalette groups={[group]} currentGroupId="g1" language="da" handlers={handlers} />, { api });
    expect(indexCalls()).toBe(0);

    act(() => spotlight.open());
    await waitFor(() => expect(indexCalls()).toBe(1));
    act(() => spotlight.close());

    // Saves while the palette is closed reload nothing.
    members = [...members, { id: 'm2', name: 'Nanna Juhl', organisation: 'Kystbanen' }];
    act(() => {
      api.emit({ type: 'groupChanged', groupId: 'g1' });
      api.emit({ type: 'groupsChanged' });
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(indexCalls()).toBe(1);

    // Opened again, it shows the index it had and asks for the fresh one once; then "nanna" finds the new member.
    act(() => spotlight.open());
    await waitFor(() => expect(indexCalls()).toBe(2));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Søg efter sider, personer, møder og handlinger' }), { target: { value: 'nanna' } });
    const palette = await screen.findByRole('dialog');
    // The match is highlighted, so the name is split over elements.
    await waitFor(() => expect(within(palette).getByRole('group', { name: 'Medlemmer' }).textContent).toContain('Nanna Juhl'));

    // While it is open, a change reloads it at once.
    act(() => api.emit({ type: 'groupChanged', groupId: 'g1' }));
    await waitFor(() => expect(indexCalls()).toBe(3));
    act(() => spotlight.close());
  });

  it('keeps the entries of the index when only the groups list changes, as after every save of a member', async () => {
    const index: PaletteGroupIndex[] = [{ groupId: 'g1', groupName: group.name, members: [{ id: 'm1', name: 'Lars Bech', organisation: '' }], speakers: [], meetings: [], openActions: [], latestMeetingId: null }];
    const api = createFakeApi({ 'palette.index': index });
    let setGroups: (groups: GroupSummary[]) => void = () => {};
    // New handlers at every render, as the app root passes them.
    function AppRootLike() {
      const [groups, set] = useState([group]);
      setGroups = set;
      return <CommandPalette groups={groups} currentGroupId="g1" language="da" handlers={{ ...handlers }} />;
    }
    renderWithProviders(<AppRootLike />, { api });
    act(() => spotlight.open());
    await waitFor(() => expect(vi.mocked(paletteIndexEntries).mock.results.some((result) => (result.value as unknown[]).length > 0)).toBe(true));
    act(() => spotlight.close());
    const built = vi.mocked(paletteIndexEntries).mock.calls.length;

    // A new groups list: the member count moved.
    act(() => setGroups([{ ...group, memberCount: 2 }]));
    expect(vi.mocked(paletteIndexEntries).mock.calls.length).toBe(built);
  });
});
