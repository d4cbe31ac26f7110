// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InvitationBoard } from '../../../../src-main/api/operations/invitations';
import { sampleGroupSummary } from '../../test-support/sample-group';
import { createFakeApi, type FakeAnswers } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { PipelinePage } from './pipeline-page';

const group = sampleGroupSummary({ memberCount: 1, speakerCount: 2, nextMeetingDate: '2026-12-08' });

const speaker = (id: string, name: string) => ({ id, name, title: '', organisation: '', email: '', phone: '', topics: [], bio: '', notes: '' });

const board: InvitationBoard = {
  speakers: [speaker('s1', 'Eva Holst'), speaker('s2', 'Niels Thorup')],
  meetings: [{ id: 'm1', date: '2026-12-08', theme: 'AI', hostOrganisation: '' }],
  members: [{ id: 'p1', name: 'Mette Kragh' }],
  invitations: [
    { id: 'i1', speakerId: 's1', meetingId: 'm1', topic: 'AI i drift', state: 'confirmed', notes: '', history: [{ state: 'confirmed', at: '2026-11-01T10:00:00+01:00' }], suggestedByMemberId: 'p1' },
    { id: 'i2', speakerId: 's2', topic: 'Sourcing', state: 'idea', notes: '', history: [{ state: 'idea', at: '2026-11-02T10:00:00+01:00' }] },
  ],
};

function renderPage(answers: FakeAnswers) {
  const api = createFakeApi({ 'invitations.board': board, ...answers });
  renderWithProviders(<PipelinePage group={group} />, { api });
  return api;
}

async function openMoveMenu(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Handlinger for ${name}` }));
}

describe('PipelinePage', () => {
  it('draws one column per state with its cards', async () => {
    renderPage({});
    const confirmed = await screen.findByRole('listitem', { name: 'Bekræftet: 1 invitation' });
    expect(within(confirmed).getByText('Eva Holst')).toBeTruthy();
    expect(within(confirmed).getByText('Foreslået af Mette Kragh')).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Idé: 1 invitation' }).textContent).toContain('Intet møde valgt');
    expect(screen.getByRole('listitem', { name: 'Takket: 0 invitationer' })).toBeTruthy();
  });

  it('moves a card from its menu, offering only the moves the state machine allows', async () => {
    const api = renderPage({ 'invitations.moveUnlessConflicts': { moved: { ...board.invitations[0]!, state: 'materialsReceived' as const } } });
    await openMoveMenu('Eva Holst');
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Materiale modtaget', 'Aflyst', 'E-mailudkast…', 'Redigér…']);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Materiale modtaget' }));
    await waitFor(() => expect(api.calls.map((call) => call.method)).toContain('invitations.moveUnlessConflicts'));
    expect(api.calls.find((call) => call.method === 'invitations.moveUnlessConflicts')?.input).toEqual({ groupId: 'g1', invitationId: 'i1', to: 'materialsReceived' });
    // One round trip: no separate check before the move, and no second call after it.
    expect(api.calls.filter((call) => call.method.startsWith('invitations.') && call.method !== 'invitations.board').map((call) => call.method)).toEqual([
      'invitations.moveUnlessConflicts',
    ]);
  });

  it('moves a card dragged onto another column there, and leaves one dropped back on its own column', async () => {
    const api = renderPage({ 'invitations.moveUnlessConflicts': { moved: { ...board.invitations[1]!, state: 'asked' as const } } });
    const idea = await screen.findByRole('listitem', { name: 'Idé: 1 invitation' });
    const asked = screen.getByRole('listitem', { name: 'Spurgt: 0 invitationer' });
    const card = within(idea).getByLabelText('Niels Thorup');
    const dataTransfer = { setData: () => undefined, effectAllowed: 'all' };
    // Nothing is being dragged from the board (a file from the desktop, say): no column takes it.
    expect(fireEvent.dragOver(asked, { dataTransfer })).toBe(true);

    fireEvent.dragStart(card, { dataTransfer });
    fireEvent.dragOver(idea, { dataTransfer });
    fireEvent.drop(idea, { dataTransfer });
    fireEvent.dragEnd(card, { dataTransfer });
    expect(api.calls.some((call) => call.method.startsWith('invitations.') && call.method !== 'invitations.board')).toBe(false);

    fireEvent.dragStart(card, { dataTransfer });
    // A cancelled dragover is how a column tells the browser it takes the drop.
    expect(fireEvent.dragOver(asked, { dataTransfer })).toBe(false);
    fireEvent.drop(asked, { dataTransfer });
    fireEvent.dragEnd(card, { dataTransfer });
    await waitFor(() => expect(api.calls.find((call) => call.method === 'invitations.moveUnlessConflicts')?.input).toEqual({ groupId: 'g1', invitationId: 'i2', to: 'asked' }));
  });

  it('explains a move the main process refuses, in words', async () => {
    renderPage({ 'invitations.moveUnlessConflicts': { error: { code: 'invalidTransition', params: { from: 'confirmed', to: 'materialsReceived' } } } });
    await openMoveMenu('Eva Holst');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Materiale modtaget' }));
    expect(await screen.findByText('Eva Holst kan ikke flyttes fra "Bekræftet" til "Materiale modtaget".')).toBeTruthy();
  });

  it('shows conflicts before moving and moves only when the user goes on', async () => {
    const api = renderPage({
      'invitations.moveUnlessConflicts': { conflicts: [{ code: 'askedBeforeAllowed', params: { doNotAskBefore: '2027-01-01', groupId: 'g2', groupName: 'IT-drift Syd' } }] },
      'invitations.move': { ...board.invitations[1]!, state: 'asked' },
    });
    await openMoveMenu('Niels Thorup');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Spurgt' }));
    expect(await screen.findByText('Niels Thorup skal ikke spørges før 1. jan. 2027 (noteret i IT-drift Syd).')).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'invitations.move')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Flyt alligevel' }));
    await waitFor(() => expect(api.calls.some((call) => call.method === 'invitations.move')).toBe(true));
  });

  it('edits an invitation behind the same conflict check as a new one', async () => {
    const api = renderPage({
      'invitations.checkUpdate': [{ code: 'speakerTwiceInMeeting', params: { meetingId: 'm1', invitationId: 'other' } }],
      'invitations.update': board.invitations[1]!,
    });
    await openMoveMenu('Niels Thorup');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Redigér…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invitation til Niels Thorup' });
    fireEvent.change(within(dialog).getByLabelText('Emne'), { target: { value: 'Sourcing i praksis' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await within(dialog).findByText('Niels Thorup har allerede et oplæg på det samme møde.')).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'invitations.update')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem alligevel' }));
    await waitFor(() =>
      expect(api.calls.find((call) => call.method === 'invitations.update')?.input).toEqual({
        groupId: 'g1',
        invitationId: 'i2',
        meetingId: null,
        topic: 'Sourcing i praksis',
        notes: '',
      }),
    );
  });

  it('folds declined and cancelled talks away, with their count, until asked for', async () => {
    const declined = { id: 'i3', speakerId: 's2', topic: 'Udbud', state: 'declined' as const, notes: '', history: [{ state: 'declined' as const, at: '2026-11-03T10:00:00+01:00' }] };
    renderWithProviders(<PipelinePage group={group} />, { api: createFakeApi({ 'invitations.board': { ...board, invitations: [...board.invitations, declined] } }) });
    const toggle = await screen.findByRole('button', { name: 'Vis "Sagt nej" og "Aflyst" (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listitem', { name: 'Sagt nej: 1 invitation' })).toBeNull();
    fireEvent.click(toggle);
    expect(screen.getByRole('listitem', { name: 'Sagt nej: 1 invitation' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Aflyst: 0 invitationer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skjul "Sagt nej" og "Aflyst" (1)' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps the focus on a card moved from its menu, in its new column', async () => {
    let moved = false;
    const api = renderPage({
      'invitations.board': () => (moved ? { ...board, invitations: [{ ...board.invitations[0]!, state: 'materialsReceived' as const }, board.invitations[1]!] } : board),
      'invitations.moveUnlessConflicts': () => {
        moved = true;
        return { moved: { ...board.invitations[0]!, state: 'materialsReceived' as const } };
      },
    });
    await openMoveMenu('Eva Holst');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Materiale modtaget' }));
    await waitFor(() => expect(moved).toBe(true));
    api.emit({ type: 'groupChanged', groupId: 'g1' });
    const column = await screen.findByRole('listitem', { name: 'Materiale modtaget: 1 invitation' });
    await waitFor(() => expect(document.activeElement).toBe(within(column).getByRole('button', { name: 'Handlinger for Eva Holst' })));
  });

  it('sorts and filters in the table view', async () => {
    renderPage({});
    fireEvent.click(await screen.findByText('Tabel'));
    const table = screen.getByRole('table', { name: 'Tabel med invitationer' });
    const names = () => within(table).getAllByRole('row').slice(1).map((row) => row.firstElementChild?.textContent);
    expect(names()).toEqual(['Eva Holst', 'Niels Thorup']);
    fireEvent.click(screen.getByRole('button', { name: 'Sortér efter Oplægsholder' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sortér efter Oplægsholder' }));
    expect(names()).toEqual(['Niels Thorup', 'Eva Holst']);
    fireEvent.change(screen.getByLabelText('Søg'), { target: { value: 'sourc' } });
    expect(names()).toEqual(['Niels Thorup']);
  });
});
