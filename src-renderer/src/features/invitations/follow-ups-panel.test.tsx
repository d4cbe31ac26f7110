// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FollowUpView, MailDraftView } from '../../../../src-main/api/operations/invitations';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { SpeakerFollowUpsPanel } from './follow-ups-panel';

const followUps: FollowUpView[] = [
  { kind: 'materialsMissing', invitationId: 'i1', speakerId: 's1', meetingId: 'm1', meetingDate: '2026-12-08', daysUntilMeeting: 5, speakerName: 'Eva Holst', topic: 'AI i drift' },
  { kind: 'awaitingAnswer', invitationId: 'i2', speakerId: 's2', askedOn: '2026-11-16', daysWaiting: 9, speakerName: 'Niels Thorup', topic: 'IT-ledelse' },
  { kind: 'thankSpeaker', invitationId: 'i3', speakerId: 's3', deliveredOn: '2026-11-20', speakerName: 'Amalie Storm', topic: 'NIS2' },
];

const draft: MailDraftView = { kind: 'thank', language: 'da', to: [], subject: 'Tak for dit oplæg i CIO-netværk Øst', body: 'Kære Amalie Storm' };

describe('SpeakerFollowUpsPanel', () => {
  it('lists what to do today, opens the right draft and marks a talk as thanked', async () => {
    const api = createFakeApi({
      'invitations.followUps': followUps,
      'invitations.mailDraft': draft,
      'invitations.moveUnlessConflicts': (input) => ({ moved: { id: 'i3', speakerId: 's3', topic: 'NIS2', state: 'thanked', notes: '', history: [], ...(input as object) } }),
    });
    renderWithProviders(<SpeakerFollowUpsPanel groupId="g1" />, { api });
    expect(await screen.findByText('Eva Holst mangler at sende materiale til mødet 8. dec. 2026')).toBeTruthy();
    expect(screen.getByText('Niels Thorup har ikke svaret – spurgt for 9 dage siden')).toBeTruthy();
    expect(screen.getByText('Husk at takke Amalie Storm for oplægget')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Skriv tak' }));
    expect(await screen.findByDisplayValue('Tak for dit oplæg i CIO-netværk Øst')).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'invitations.mailDraft')?.input).toEqual({ groupId: 'g1', invitationId: 'i3', kind: 'thank' });

    fireEvent.click(screen.getByRole('button', { name: 'Markér som takket' }));
    await waitFor(() => expect(api.calls.find((call) => call.method === 'invitations.moveUnlessConflicts')?.input).toEqual({ groupId: 'g1', invitationId: 'i3', to: 'thanked' }));
  });

  it('says so when there is nothing to follow up', async () => {
    renderWithProviders(<SpeakerFollowUpsPanel groupId="g1" />, { api: createFakeApi({ 'invitations.followUps': [] }), language: 'en' });
    expect(await screen.findByText('Nothing to follow up today.')).toBeTruthy();
  });
});
