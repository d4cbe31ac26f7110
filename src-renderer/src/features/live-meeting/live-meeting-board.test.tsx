// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../../../src-main/api/operations/live';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { LiveMeetingBoard } from './live-meeting-board';

const meeting = { groupId: 'g1', meetingId: 'm1' };
const startedAt = new Date(Date.now() - 5 * 60_000).toISOString();

const view: LiveView = {
  language: 'en',
  groupName: 'CIO network East',
  meeting: { id: 'm1', date: '2026-03-05', startTime: '09:00', endTime: '12:00', kind: 'halfDay', theme: 'AI', hostOrganisation: 'Host' },
  agenda: [
    { id: 'talk', title: 'Talk on AI', kind: 'talk', durationMinutes: 45 },
    { id: 'closing', title: 'Closing round', kind: 'closingRound', durationMinutes: 30 },
  ],
  live: {
    startedAt,
    currentItemId: 'talk',
    secondsPerPerson: 180,
    items: [{ agendaItemId: 'talk', status: 'running', firstStartedAt: startedAt, runningSince: startedAt, spentSeconds: 0, extensionMinutes: 0 }],
  },
  names: { anne: 'Anne Holm' },
  members: [{ id: 'anne', name: 'Anne Holm', organisation: 'Region' }],
  awayMemberIds: [],
  roundLines: { checkInRound: {}, closingRound: {} },
  decisions: [],
  actions: [],
  themesRaised: [],
  defaultDue: '2026-06-04',
};

function renderBoard(answers: Parameters<typeof createFakeApi>[0] = {}) {
  const api = createFakeApi(answers);
  let shown = view;
  const result = renderWithProviders(<LiveMeetingBoard meeting={meeting} view={view} onView={(next) => (shown = next)} />, { api, language: 'en' });
  return { ...result, api, shown: () => shown };
}

describe('the live board', () => {
  it('shows the item on now with its countdown, in English', () => {
    renderBoard();
    expect(screen.getByTestId('live-current-title').textContent).toBe('Talk on AI');
    expect(screen.getByTestId('live-countdown').textContent).toMatch(/^(39|40):\d\d$/);
    expect(screen.getByText('Item now')).toBeTruthy();
  });

  it('N moves on; B opens the decision field with the cursor in it, where keys type instead of acting', async () => {
    const { api } = renderBoard({ 'live.next': view, 'live.capture': view });
    fireEvent.keyDown(window, { key: 'n' });
    await waitFor(() => expect(api.calls.map((call) => call.method)).toEqual(['live.next']));

    fireEvent.keyDown(window, { key: 'b' });
    const field = await screen.findByRole('textbox', { name: 'Decision' });
    expect(document.activeElement).toBe(field);
    fireEvent.keyDown(field, { key: 'n' });
    fireEvent.change(field, { target: { value: 'We meet in Aarhus' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Decision' })).toBeNull());
    expect(api.calls.map((call) => call.method)).toEqual(['live.next', 'live.capture']);
    expect(api.calls[1]!.input).toEqual({ ...meeting, agendaItemId: 'talk', capture: { kind: 'decision', text: 'We meet in Aarhus' } });
  });

  it('U takes a move back', async () => {
    const { api } = renderBoard({ 'live.park': view, 'live.undoMove': view });
    fireEvent.keyDown(window, { key: 'p' });
    await waitFor(() => expect(api.calls.map((call) => call.method)).toEqual(['live.park']));
    fireEvent.keyDown(window, { key: 'u' });
    await waitFor(() => expect(api.calls.map((call) => call.method)).toEqual(['live.park', 'live.undoMove']));
  });

  it('Escape closes the capture field without saving', async () => {
    const { api } = renderBoard();
    fireEvent.keyDown(window, { key: 'h' });
    const field = await screen.findByRole('textbox', { name: 'Action' });
    fireEvent.change(field, { target: { value: 'Half typed' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Action' })).toBeNull());
    expect(api.calls).toEqual([]);
  });
});
