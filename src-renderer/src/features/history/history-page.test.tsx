// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DecisionRegisterView, EngagementView } from '../../../../src-main/api/operations/history';
import type { RegisterDecision } from '../../../../src-main/domain/decision-register';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { HistoryPage } from './history-page';

const group = { id: 'g1', name: 'CIO Øst', language: 'da' as const, archived: false, memberCount: 2, speakerCount: 0, nextMeetingDate: null, fileName: 'cio.json' };

const decision = (decisionId: string, meetingDate: string, text: string, extra: Partial<RegisterDecision> = {}): RegisterDecision => ({
  decisionId,
  meetingId: `m-${meetingDate}`,
  meetingDate,
  meetingTheme: '',
  text,
  level: 'members',
  status: 'inForce',
  replacedBy: null,
  ...extra,
});

const register: DecisionRegisterView = {
  language: 'da',
  decisions: [
    decision('d3', '2025-03-11', 'Vi mødes på skift tirsdag og torsdag'),
    decision('d2', '2024-06-11', 'Ingen citater uden samtykke', { level: 'room', status: 'obsolete' }),
    decision('d1', '2023-03-14', 'Vi mødes om torsdagen'),
  ],
  years: [2025, 2024, 2023],
};

const engagement: EngagementView = {
  language: 'da',
  today: '2026-12-02',
  members: [
    {
      memberId: 'a',
      name: 'Anna Holm',
      currentMember: true,
      years: [{ year: 2025, meetings: 4, present: 1, excused: 0, absent: 3, rate: 0.25, longestAbsenceRun: 3 }],
      total: { meetings: 4, present: 1, excused: 0, absent: 3, rate: 0.25 },
      longestAbsenceRun: 3,
      currentAbsenceRun: 3,
    },
  ],
  years: [
    { year: 2024, meetingsHeld: 4, averagePresent: 3.5, meetings: 16, present: 14, excused: 1, absent: 1, rate: 0.875 },
    { year: 2025, meetingsHeld: 4, averagePresent: 1, meetings: 4, present: 1, excused: 0, absent: 3, rate: 0.25 },
  ],
  rotation: { hosted: [{ organisation: 'Skat', visits: [{ meetingId: 'x', date: '2025-03-11', upcoming: false }], memberIds: ['a'] }], notYetHosted: [] },
  hostQueue: [{ organisation: 'Skat', memberIds: ['a'], timesHosted: 1, lastHosted: '2025-03-11', nextPlanned: null }],
  memberNames: { a: 'Anna Holm' },
};

describe('HistoryPage', () => {
  it('filters the register by status and words, and sets a status with an undo that sends the previous one back', async () => {
    const api = createFakeApi({ 'history.decisions': register, 'history.setDecisionStatus': { previous: { status: 'inForce' } } });
    renderWithProviders(<HistoryPage group={group} />, { api });
    expect(await screen.findByText('3 beslutninger')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Søg i beslutninger' }), { target: { value: 'TORSDAG' } });
    expect(screen.getByText('2 beslutninger')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Søg i beslutninger' }), { target: { value: '' } });

    fireEvent.change(screen.getByRole('combobox', { name: 'Status for «Vi mødes om torsdagen»' }), { target: { value: 'obsolete' } });
    await screen.findByText('«Vi mødes om torsdagen»: Ikke længere relevant.');
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    await waitFor(() =>
      expect(api.calls.filter((call) => call.method === 'history.setDecisionStatus').map((call) => call.input)).toEqual([
        { groupId: 'g1', decisionId: 'd1', change: { status: 'obsolete' } },
        { groupId: 'g1', decisionId: 'd1', change: { status: 'inForce' } },
      ]),
    );
  });

  it('asks which later decision replaces one, offering only later decisions', async () => {
    const api = createFakeApi({ 'history.decisions': register, 'history.setDecisionStatus': { previous: { status: 'inForce' } } });
    renderWithProviders(<HistoryPage group={group} />, { api });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Status for «Ingen citater uden samtykke»' }), { target: { value: 'replaced' } });
    const dialog = await screen.findByRole('dialog', { name: 'Erstattet af hvilken beslutning?' });
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Den senere beslutning' }));
    const options = await within(dialog).findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['11. mar. 2025: Vi mødes på skift tirsdag og torsdag']);
    fireEvent.click(options[0]!);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Markér som erstattet' }));
    await waitFor(() =>
      expect(api.calls.find((call) => call.method === 'history.setDecisionStatus')?.input).toEqual({
        groupId: 'g1',
        decisionId: 'd2',
        change: { status: 'replaced', replacedBy: 'd3' },
      }),
    );
  });

  it('shows attendance per year and per member as tables beside the charts, with a run of absences marked', async () => {
    const api = createFakeApi({ 'history.decisions': register, 'history.engagement': engagement });
    renderWithProviders(<HistoryPage group={group} />, { api });
    fireEvent.click(await screen.findByRole('radio', { name: 'Fremmøde' }));
    const years = await screen.findByRole('table', { name: 'Gruppens fremmøde år for år' });
    expect(within(years).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'ÅrMøder holdtFremmødte pr. mødeAfbudUdeblevetFremmøde',
      '2025410325 %',
      '202443,51188 %',
    ]);
    // The chart's code loads on its own (a large library), so it may come after the tables.
    expect(await screen.findByRole('figure', { name: 'Søjlediagram: fremmøde i procent pr. år. 2024: 88 %, 2025: 25 %' }, { timeout: 15_000 })).toBeTruthy();
    const members = screen.getByRole('table', { name: 'Medlemmernes fremmøde' });
    expect(within(members).getByRole('row', { name: /Anna Holm/ }).textContent).toBe('Anna Holm410325 %33');
  });
});
