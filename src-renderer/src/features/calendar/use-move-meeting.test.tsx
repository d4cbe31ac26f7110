// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../../../src-main/api/operations/calendar';
import type { MailDraftView } from '../../../../src-main/api/operations/invitations';
import type { MeetingClash } from '../../../../src-main/domain/calendar-conflicts';
import type { Meeting } from '../../../../src-main/domain/model';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { NewDateMailsModal } from '../../ui/new-date-mails-modal';
import { useMoveMeeting, type MoveRequest } from './use-move-meeting';

const meeting: Meeting = {
  id: 'm1',
  date: '2026-12-08',
  startTime: '09:30',
  endTime: '16:00',
  kind: 'fullDay',
  hostOrganisation: 'Region Vestkyst',
  address: '',
  theme: 'AI i den daglige drift',
  siteTour: true,
  dinner: false,
  jointWithSisterGroup: false,
  status: 'planned',
  agenda: [],
};

const entries: CalendarEntry[] = [{ groupId: 'g1', meeting }];
const request: MoveRequest = { groupId: 'g1', groupName: 'CIO Vest', meetingId: 'm1', from: '2026-12-08', to: '2026-12-09' };
const draft: MailDraftView = { kind: 'newDate', language: 'da', to: [], subject: 'Ny dato: CIO Vest mødes onsdag den 9. december 2026', body: 'Kære Eva' };

/** The calendar page's part: the drop handler and the mail dialog it opens. */
function Mover() {
  const { move, mails, closeMails } = useMoveMeeting(entries);
  return (
    <>
      <button type="button" onClick={() => void move(request)}>
        drop
      </button>
      <NewDateMailsModal mails={mails} onClose={closeMails} />
    </>
  );
}

function renderMover(clashes: MeetingClash[]) {
  const api = createFakeApi({
    'meetings.clashes': [clashes],
    'meetings.move': (input) => ({ ...meeting, date: (input as { date: string }).date }),
    'invitations.mailDraft': draft,
  });
  renderWithProviders(<Mover />, { api });
  return api;
}

const movesOf = (api: ReturnType<typeof createFakeApi>) => api.calls.filter((call) => call.method === 'meetings.move').map((call) => (call.input as { date: string }).date);

describe('useMoveMeeting', () => {
  it('offers the booked speaker the new-date mail, and the Undo moves the meeting back and withdraws the offer', async () => {
    const api = renderMover([{ kind: 'bookedSpeaker', invitationId: 'i1', speakerName: 'Eva Holst' }]);
    fireEvent.click(screen.getByRole('button', { name: 'drop' }));

    const mails = await screen.findByRole('dialog', { name: 'Fortæl oplægsholderne om den nye dato' });
    expect(mails.textContent).toContain('onsdag 9. december 2026');
    expect(screen.queryByRole('dialog', { name: /^Flyt mødet til/ })).toBeNull();
    expect(movesOf(api)).toEqual(['2026-12-09']);

    fireEvent.click(await screen.findByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(movesOf(api)).toEqual(['2026-12-09', '2026-12-08']));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Fortæl oplægsholderne om den nye dato' })).toBeNull());
    expect(await screen.findByText('Mødet er flyttet tilbage til 8. dec. 2026.')).toBeTruthy();
  });

  it('moves a meeting without booked speakers at once, with no dialog, and undoes it', async () => {
    const api = renderMover([]);
    fireEvent.click(screen.getByRole('button', { name: 'drop' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(movesOf(api)).toEqual(['2026-12-09', '2026-12-08']));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
