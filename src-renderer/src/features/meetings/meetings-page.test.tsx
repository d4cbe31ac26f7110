// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MeetingsOverview } from '../../../../src-main/api/operations/meetings';
import type { Meeting } from '../../../../src-main/domain/model';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { MeetingsPage } from './meetings-page';

const meeting: Meeting = {
  id: 'm1',
  date: '2027-03-09',
  startTime: '09:00',
  endTime: '16:00',
  kind: 'fullDay',
  hostOrganisation: 'Region Syd',
  address: '',
  theme: 'AI i driften',
  siteTour: true,
  dinner: false,
  jointWithSisterGroup: false,
  status: 'planned',
  agenda: [],
};

const overview: MeetingsOverview = {
  language: 'da',
  meetings: [meeting],
  rotation: {
    hosted: [{ organisation: 'Region Syd', visits: [{ meetingId: 'm1', date: '2027-03-09', upcoming: true }], memberIds: ['p1'] }],
    notYetHosted: [{ organisation: 'Aarhus Kommune', visits: [], memberIds: ['p2'] }],
  },
  hostOptions: [
    { organisation: 'Aarhus Kommune', memberNames: ['Mette'] },
    { organisation: 'Region Syd', memberNames: ['Peter'] },
  ],
  hostQueue: [
    { organisation: 'Aarhus Kommune', memberIds: ['p2'], timesHosted: 0, lastHosted: null, nextPlanned: null },
    { organisation: 'Region Syd', memberIds: ['p1'], timesHosted: 0, lastHosted: null, nextPlanned: '2027-03-09' },
  ],
  today: '2026-11-25',
};

const group = { id: 'g1', name: 'CIO Øst', language: 'da' as const, archived: false, memberCount: 2, speakerCount: 0, nextMeetingDate: null, fileName: 'cio.json' };

describe('MeetingsPage', () => {
  it('lists the meetings with Danish dates and shows who has not hosted yet', async () => {
    renderWithProviders(<MeetingsPage group={group} />, { api: createFakeApi({ 'meetings.list': overview }) });
    const table = await screen.findByRole('table', { name: 'Møder' });
    expect(within(table).getByText('Tirsdag 9. marts 2027')).toBeTruthy();
    expect(within(table).getByText('Region Syd')).toBeTruthy();
    expect(within(table).getByText('Planlagt')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Har ikke været vært endnu' })).getByText('Aarhus Kommune')).toBeTruthy();
  });

  it('deletes a meeting after confirmation and puts it back on undo', async () => {
    const api = createFakeApi({ 'meetings.list': overview, 'meetings.delete': meeting, 'meetings.restore': meeting });
    renderWithProviders(<MeetingsPage group={group} />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Handlinger for mødet Tirsdag 9. marts 2027' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Slet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Slet mødet Tirsdag 9. marts 2027?' });
    expect(api.calls.map((call) => call.method)).not.toContain('meetings.delete');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slet' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(api.calls.map((call) => call.method)).toContain('meetings.restore'));
    expect(api.calls.find((call) => call.method === 'meetings.restore')?.input).toEqual({ groupId: 'g1', meeting });
  });

  it('refuses an end time before the start time in the meeting form', async () => {
    const api = createFakeApi({ 'meetings.list': overview });
    renderWithProviders(<MeetingsPage group={group} />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Nyt møde' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nyt møde' });
    fireEvent.change(within(dialog).getByLabelText('Sluttid: timer'), { target: { value: '08' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opret mødet' }));
    expect(await within(dialog).findByText('Vælg en dato')).toBeTruthy();
    expect(within(dialog).getByText('Sluttiden skal ligge efter starttiden')).toBeTruthy();
    expect(api.calls.map((call) => call.method)).toEqual(['meetings.list']);
  });
});
