// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { AgendaEditorData, AgendaMeetingChoices } from '../../../../src-main/api/operations/agenda';
import type { Meeting } from '../../../../src-main/domain/model';
import { NEW_MEETING_DETAILS } from '../../../../src-main/domain/year-plan';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { sampleGroupSummary } from '../../test-support/sample-group';
import { AgendaPage } from './agenda-page';

const meetingOn = (id: string, date: string, itemTitle: string): Meeting => ({
  id,
  date,
  startTime: '09:00',
  endTime: '12:00',
  kind: 'halfDay',
  ...NEW_MEETING_DETAILS,
  agenda: [{ id: `${id}-item`, kind: 'other', title: itemTitle, durationMinutes: 30, responsible: { kind: 'none' }, notes: '' }],
});

const meetings = { m1: meetingOn('m1', '2027-03-09', 'Velkomst i marts'), m2: meetingOn('m2', '2027-06-08', 'Velkomst i juni') };
const choices: AgendaMeetingChoices = {
  meetings: Object.values(meetings).map(({ id, date, theme }) => ({ id, date, theme })),
  today: '2027-01-01',
};
const editorData = (meeting: Meeting): AgendaEditorData => ({ language: 'da', meeting, templates: [], members: [], speakers: [], invitations: [], followUp: null });

describe('AgendaPage', () => {
  it('draws the next meeting’s agenda once it has arrived, and only the chosen meeting’s after a switch', async () => {
    const api = createFakeApi({
      'agenda.meetingChoices': () => choices,
      'agenda.get': (input) => editorData(meetings[(input as { meetingId: 'm1' | 'm2' }).meetingId]),
    });
    renderWithProviders(<AgendaPage group={sampleGroupSummary()} />, { api });
    expect(await screen.findByDisplayValue('Velkomst i marts')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Møde'));
    fireEvent.click(await screen.findByRole('option', { name: /8\. juni 2027/ }));
    expect(await screen.findByDisplayValue('Velkomst i juni')).toBeTruthy();
    await waitFor(() => expect(screen.queryByDisplayValue('Velkomst i marts')).toBeNull());
  });

  it('starts the editor from the agenda as saved when the meeting is chosen again before the other one has answered', async () => {
    let march = meetings.m1;
    const api = createFakeApi({
      'agenda.meetingChoices': () => choices,
      // June's agenda never arrives: the switch back to March happens while it is on its way.
      'agenda.get': (input) =>
        ((input as { meetingId: string }).meetingId === 'm1' ? editorData(march) : new Promise<never>(() => undefined)) as unknown as AgendaEditorData,
    });
    renderWithProviders(<AgendaPage group={sampleGroupSummary()} />, { api });
    expect(await screen.findByDisplayValue('Velkomst i marts')).toBeTruthy();

    // The edit saved as March was left.
    march = { ...march, agenda: [{ ...march.agenda[0]!, title: 'Velkomst og runde' }] };
    fireEvent.click(screen.getByLabelText('Møde'));
    fireEvent.click(await screen.findByRole('option', { name: /8\. juni 2027/ }));
    fireEvent.click(screen.getByLabelText('Møde'));
    fireEvent.click(await screen.findByRole('option', { name: /9\. marts 2027/ }));
    expect(await screen.findByDisplayValue('Velkomst og runde')).toBeTruthy();
    expect(screen.queryByDisplayValue('Velkomst i marts')).toBeNull();
  });

  it('draws the other group’s next meeting after a group switch, never the group before’s agenda', async () => {
    const west = meetingOn('w1', '2027-03-16', 'Velkomst i Vest');
    const api = createFakeApi({
      'agenda.meetingChoices': (input) =>
        (input as { groupId: string }).groupId === 'g1' ? choices : { meetings: [{ id: west.id, date: west.date, theme: west.theme }], today: '2027-01-01' },
      'agenda.get': (input) => editorData((input as { meetingId: string }).meetingId === 'w1' ? west : meetings.m1),
    });
    function SwitchingGroups() {
      const [group, setGroup] = useState(sampleGroupSummary());
      return (
        <>
          <button onClick={() => setGroup(sampleGroupSummary({ id: 'g2', name: 'CIO-netværk Vest', fileName: 'vest.json' }))}>Vest</button>
          <AgendaPage group={group} />
        </>
      );
    }
    renderWithProviders(<SwitchingGroups />, { api });
    expect(await screen.findByDisplayValue('Velkomst i marts')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Vest' }));
    expect(await screen.findByDisplayValue('Velkomst i Vest')).toBeTruthy();
    expect(screen.queryByDisplayValue('Velkomst i marts')).toBeNull();
    expect(api.calls.filter((call) => call.method === 'agenda.get').at(-1)?.input).toMatchObject({ groupId: 'g2', meetingId: 'w1' });
  });
});
