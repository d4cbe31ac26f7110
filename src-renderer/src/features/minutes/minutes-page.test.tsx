// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MinutesEditorData, MinutesMeetingSummary } from '../../../../src-main/api/operations/minutes';
import { sampleGroupSummary } from '../../test-support/sample-group';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { MinutesPage } from './minutes-page';

// jsdom has no font loading API; Mantine's autosizing textarea listens to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined } });
}

const group = sampleGroupSummary({ memberCount: 2 });

const meetings: MinutesMeetingSummary[] = [{ id: 'm1', date: '2026-03-12', startTime: '09:30', theme: 'AI i driften', hostOrganisation: 'Holmby Kommune', hasMinutes: false }];

const data: MinutesEditorData = {
  language: 'da',
  meeting: {
    id: 'm1', date: '2026-03-12', startTime: '09:30', endTime: '16:00', kind: 'fullDay', hostOrganisation: 'Holmby Kommune',
    address: '', theme: 'AI i driften', siteTour: false, dinner: false, jointWithSisterGroup: false, status: 'held',
  },
  agendaItems: [{ id: 'talk', title: 'Oplæg om AI', kind: 'talk', startTime: '10:00' }],
  members: [{ id: 'anna', name: 'Anna Holm', organisation: 'Region Syd' }],
  minutes: null,
  actions: [],
  carriedActions: [],
  nextMeeting: null,
  waitingThemes: [],
  today: '2026-03-12',
};

describe('MinutesPage', () => {
  it('does not reload the meeting for its own autosave, and still reloads for a change made elsewhere', async () => {
    const api = createFakeApi({
      'minutes.meetings': () => meetings,
      'minutes.get': () => data,
      // As the store does: the change event goes out before the reply.
      'minutes.save': () => {
        api.emit({ type: 'groupChanged', groupId: 'g1', changes: { meetings: ['m1'] } });
        return { updatedAt: '2026-03-12T12:00:00Z' };
      },
    });
    const loads = () => api.calls.filter((call) => call.method === 'minutes.get' || call.method === 'minutes.meetings').length;
    renderWithProviders(<MinutesPage group={group} />, { api });
    const note = await screen.findByRole('textbox', { name: 'Noter til Oplæg om AI' });
    expect(loads()).toBe(2);

    fireEvent.change(note, { target: { value: 'Pilotprojekt i tre regioner' } });
    await waitFor(() => expect(api.calls.some((call) => call.method === 'minutes.save')).toBe(true), { timeout: 3000 });
    await screen.findByText('Alle ændringer er gemt');
    expect(loads()).toBe(2);

    // Live mode on the same meeting, or another window: the same record changes again, and both views reload.
    act(() => api.emit({ type: 'groupChanged', groupId: 'g1', changes: { meetings: ['m1'] } }));
    await waitFor(() => expect(loads()).toBe(4));
  });
});
