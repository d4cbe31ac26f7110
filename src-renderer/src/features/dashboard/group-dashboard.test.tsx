// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../src-main/domain/model';
import type { Dashboard } from '../../../../src-main/domain/views';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { GroupDashboard } from './group-dashboard';

const meeting: Meeting = {
  id: 'm1',
  date: '2026-03-12',
  startTime: '09:30',
  endTime: '16:00',
  kind: 'fullDay',
  hostOrganisation: 'Region Hovedstaden',
  address: '',
  theme: 'AI i driften',
  siteTour: true,
  dinner: false,
  jointWithSisterGroup: false,
  status: 'planned', agenda: [],
};

function dashboard(memberCount: number, meetings: Meeting[]): Dashboard {
  const summary = {
    id: 'g1',
    name: 'CIO-netværk Øst',
    language: 'da' as const,
    archived: false,
    memberCount,
    speakerCount: 4,
    nextMeetingDate: meetings[0]?.date ?? null,
    fileName: 'cio.json',
  };
  return {
    group: { id: 'g1', name: summary.name, language: 'da', archived: false, createdAt: '2026-01-01T00:00:00Z', description: '' },
    summary,
    memberCount,
    speakerCount: 4,
    upcomingMeetings: meetings,
  };
}

describe('GroupDashboard', () => {
  it('shows the facts and upcoming meetings with Danish dates', async () => {
    renderWithProviders(<GroupDashboard groupId="g1" actions={null} />, { api: createFakeApi({ 'groups.dashboard': dashboard(16, [meeting]) }) });
    expect(await screen.findByRole('heading', { name: 'CIO-netværk Øst' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Medlemmer' }).textContent).toContain('16');
    expect(screen.getByText('Torsdag 12. marts 2026')).toBeTruthy();
    expect(screen.getByText('Heldagsmøde · kl. 09:30–16:00')).toBeTruthy();
    expect(screen.getByText('Rundvisning')).toBeTruthy();
  });

  it('says plainly when no meetings are planned', async () => {
    renderWithProviders(<GroupDashboard groupId="g1" actions={null} />, { api: createFakeApi({ 'groups.dashboard': dashboard(3, []) }) });
    expect(await screen.findByText('Ingen møder planlagt endnu')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Næste møde' }).textContent).toContain('Ikke planlagt');
  });

  it('reloads when its own group changes, and ignores other groups', async () => {
    let members = 10;
    const api = createFakeApi({ 'groups.dashboard': () => dashboard(members, []) });
    renderWithProviders(<GroupDashboard groupId="g1" actions={null} />, { api });
    await screen.findByRole('heading', { name: 'CIO-netværk Øst' });

    members = 11;
    act(() => api.emit({ type: 'groupChanged', groupId: 'other' }));
    expect(api.calls.filter((call) => call.method === 'groups.dashboard')).toHaveLength(1);

    act(() => api.emit({ type: 'groupChanged', groupId: 'g1' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Medlemmer' }).textContent).toContain('11'));
  });

  it('shows a translated error with a retry, never the raw error', async () => {
    renderWithProviders(<GroupDashboard groupId="g1" actions={null} />, {
      api: createFakeApi({ 'groups.dashboard': { error: { code: 'groupNotFound' } } }),
    });
    expect(await screen.findByText(/Gruppen findes ikke længere/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeTruthy();
  });
});
