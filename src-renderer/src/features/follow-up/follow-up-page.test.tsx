// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FollowUpOverview } from '../../../../src-main/api/operations/follow-up';
import type { Action } from '../../../../src-main/domain/minutes-model';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { FollowUpPage } from './follow-up-page';
import { FollowUpPanel } from './follow-up-panel';

const group = { id: 'g1', name: 'CIO Øst', language: 'da' as const, archived: false, memberCount: 2, speakerCount: 0, nextMeetingDate: null, fileName: 'cio.json' };

const action = (id: string, text: string, due: string, owner: Action['owner'], status: Action['status'] = 'open'): Action => ({
  id, meetingId: 'm1', text, owner, due, status, level: 'members', ...(status === 'done' ? { doneAt: '2026-03-20' } : {}),
});

const overview: FollowUpOverview = {
  today: '2026-04-01',
  dotBudget: 3,
  members: [
    { id: 'anna', name: 'Anna Holm', organisation: '' },
    { id: 'bo', name: 'Bo Lund', organisation: '' },
  ],
  meetings: [
    { id: 'm1', date: '2026-03-12', theme: '' },
    { id: 'm2', date: '2026-06-10', theme: '' },
  ],
  actions: {
    open: [action('a1', 'Find vært', '2026-06-01', { kind: 'facilitator' }), action('a2', 'Del slides', '2026-05-01', { kind: 'member', memberId: 'anna' })],
    overdue: [action('a3', 'Skriv oplæg', '2026-03-20', { kind: 'member', memberId: 'bo' })],
    done: [],
  },
  themes: [{ id: 't1', title: 'Cloud-økonomi', raisedByMemberId: 'anna', votes: { bo: 2 }, status: 'waiting' }],
  nextMeetingId: 'm2',
};

describe('FollowUpPage', () => {
  it('opens on the overdue actions, filters by owner, and marks done with an undo', async () => {
    const api = createFakeApi({ 'followUp.overview': overview, 'actions.setDone': (input) => ({ ...overview.actions.overdue[0]!, status: (input as { done: boolean }).done ? 'done' : 'open' }) });
    renderWithProviders(<FollowUpPage group={group} />, { api });
    const overdueRow = await screen.findByRole('checkbox', { name: 'Markér «Skriv oplæg» som udført' });
    fireEvent.click(overdueRow);
    await screen.findByText('«Skriv oplæg» er udført.');
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(api.calls.filter((call) => call.method === 'actions.setDone').map((call) => call.input)).toEqual([
      { groupId: 'g1', actionId: 'a3', done: true },
      { groupId: 'g1', actionId: 'a3', done: false },
    ]));

    fireEvent.click(screen.getByText('Åbne (2)'));
    expect(screen.getByText('Find vært')).toBeTruthy();
    fireEvent.click(screen.getAllByLabelText('Ansvarlig').find((element) => element.tagName === 'INPUT')!);
    fireEvent.click(await screen.findByRole('option', { name: 'Anna Holm' }));
    await waitFor(() => expect(screen.queryByText('Find vært')).toBeNull());
    expect(screen.getByText('Del slides')).toBeTruthy();
  });

  it('shows the dots left for the voting member and chooses a theme for the next meeting', async () => {
    const api = createFakeApi({ 'followUp.overview': overview, 'themes.choose': [] });
    renderWithProviders(<FollowUpPage group={group} />, { api });
    const theme = await screen.findByRole('group', { name: 'Cloud-økonomi' });
    expect(within(theme).getByText('2 prikker')).toBeTruthy();
    expect(screen.getByText('Anna Holm har 3 prikker tilbage')).toBeTruthy();
    fireEvent.click(within(theme).getByRole('button', { name: 'Vælg «Cloud-økonomi» som tema for mødet' }));
    await waitFor(() => expect(api.calls.find((call) => call.method === 'themes.choose')?.input).toEqual({ groupId: 'g1', meetingId: 'm2', themeId: 't1' }));
  });
});

describe('FollowUpPanel', () => {
  it('shows the counts and the oldest overdue action from the glance, not the lists', async () => {
    const glance = { openActions: 3, overdueActions: 1, themesWaiting: 1, mostOverdue: { text: 'Send slides', due: '2026-02-01' } };
    const api = createFakeApi({ 'followUp.glance': glance });
    renderWithProviders(<FollowUpPanel groupId="g1" />, { api });
    expect((await screen.findByRole('group', { name: 'Åbne aftaler' })).textContent).toContain('3');
    expect(screen.getByRole('group', { name: 'Forfaldne aftaler' }).textContent).toContain('1');
    expect(screen.getByRole('group', { name: 'Temaønsker' }).textContent).toContain('1');
    expect(screen.getByText(/^Ældste forfaldne: «Send slides»/)).toBeTruthy();
    expect(api.calls.map((call) => call.method)).toEqual(['followUp.glance']);
  });

  it('says so when nothing is overdue', async () => {
    const glance = { openActions: 0, overdueActions: 0, themesWaiting: 0, mostOverdue: null };
    renderWithProviders(<FollowUpPanel groupId="g1" />, { api: createFakeApi({ 'followUp.glance': glance }) });
    expect(await screen.findByText('Ingen forfaldne aftaler.')).toBeTruthy();
  });
});
