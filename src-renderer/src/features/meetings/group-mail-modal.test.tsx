// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GroupMailOverview } from '../../../../src-main/api/operations/group-mail';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { GroupMailModal } from './group-mail-modal';

const overview = (overrides: Partial<GroupMailOverview> = {}): GroupMailOverview => ({
  members: [
    { id: 'a', name: 'Anna Berg', hasEmail: true, reply: { memberId: 'a', answer: 'coming', dinner: true } },
    { id: 'b', name: 'Bo Ravn', hasEmail: false, reply: null },
  ],
  counts: { coming: 1, notComing: 0, dinner: 1, unanswered: 1 },
  dinner: true,
  hasMinutes: false,
  actionOwners: [],
  signed: true,
  ...overrides,
});

describe('GroupMailModal', () => {
  it('shows the replies, names who has no e-mail, and records an answer', async () => {
    const api = createFakeApi({ 'groupMail.overview': overview(), 'groupMail.setReply': [] });
    renderWithProviders(<GroupMailModal groupId="g1" meeting={{ id: 'm1', date: '2027-03-09' }} onClose={() => undefined} />, { api });
    expect(await screen.findByText('1 kommer (1 til middag) · 0 kommer ikke · 1 har ikke svaret')).toBeTruthy();
    expect(screen.getByText('Uden e-mail (får ikke mailen): Bo Ravn')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Svar fra Bo Ravn' })).getByLabelText('Kommer ikke'));
    await waitFor(() =>
      expect(api.calls.find((call) => call.method === 'groupMail.setReply')?.input).toEqual({
        groupId: 'g1',
        meetingId: 'm1',
        memberId: 'b',
        reply: { answer: 'notComing' },
      }),
    );
  });

  it('offers the minutes only once there are minutes, and asks the facilitator to sign', async () => {
    const api = createFakeApi({ 'groupMail.overview': overview({ signed: false }) });
    renderWithProviders(<GroupMailModal groupId="g1" meeting={{ id: 'm1', date: '2027-03-09' }} onClose={() => undefined} />, { api, language: 'en' });
    expect(await screen.findByText('The meeting has no minutes yet.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Minutes to all' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Mails are not signed yet/)).toBeTruthy();
  });

  it('makes an action owner\'s draft and reports it opened in the mail program', async () => {
    const api = createFakeApi({
      'groupMail.overview': overview({ hasMinutes: true, actionOwners: [{ memberId: 'a', name: 'Anna Berg', hasEmail: true, actionCount: 2 }] }),
      'groupMail.make': { kind: 'opened', fileName: 'Dine opgaver.eml' },
    });
    renderWithProviders(<GroupMailModal groupId="g1" meeting={{ id: 'm1', date: '2027-03-09' }} onClose={() => undefined} />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Mail til Anna Berg' }));
    expect(await screen.findByText('Kladden er åbnet i dit mailprogram: Dine opgaver.eml')).toBeTruthy();
    expect(api.calls.at(-1)?.input).toEqual({ groupId: 'g1', meetingId: 'm1', mail: { kind: 'actions', memberId: 'a' }, delivery: 'open' });
  });
});
