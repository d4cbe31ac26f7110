// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { planDuplicates } from '../../../../src-main/domain/re-plan';
import { NEW_MEETING_DETAILS, previewYearPlan } from '../../../../src-main/domain/year-plan';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { YearPlanModal } from './year-plan-modal';
import type { HostTurn } from '../../../../src-main/domain/host-rotation';

const QUARTERLY = ['2027-03-09', '2027-06-08', '2027-09-14', '2027-12-14'];

const HOST_QUEUE: HostTurn[] = [
  { organisation: 'Vand & Varme A/S', memberIds: ['a'], timesHosted: 0, lastHosted: null, nextPlanned: null },
  { organisation: 'Region Syd', memberIds: ['b'], timesHosted: 2, lastHosted: '2024-03-12', nextPlanned: null },
  { organisation: 'Skat', memberIds: ['c'], timesHosted: 1, lastHosted: '2023-06-13', nextPlanned: '2027-03-04' },
];

describe('YearPlanModal', () => {
  it('previews the rule with holiday flags, lets a date be changed, and saves the adjusted plan', async () => {
    const api = createFakeApi({
      'meetings.previewYear': (input) => previewYearPlan(input as Parameters<typeof previewYearPlan>[0]),
      // The clash check answers per planned meeting; this group's year is free of clashes.
      'meetings.clashes': (input) => (input as { candidates: unknown[] }).candidates.map(() => []),
      'yearPlan.duplicates': [],
      'yearPlan.save': (input) => ({
        created: (input as { planned: unknown[] }).planned.map((_, index) => ({ id: `m${index}` })) as never,
        replaced: [],
        kept: [],
      }),
    });
    const onClose = vi.fn();
    renderWithProviders(<YearPlanModal opened groupId="g1" today="2026-11-25" meetings={[]} hostQueue={HOST_QUEUE} onClose={onClose} />, { api });

    const preview = await screen.findByRole('table', { name: 'Forhåndsvisning' });
    expect(within(preview).getAllByRole('row')).toHaveLength(5);
    // Hosts in turn for the four meetings: only those whose turn is waiting, the longest waiting first.
    const hosts = screen.getByRole('group', { name: 'Værter efter tur:' });
    expect(within(hosts).getAllByText(/^\d\. /).map((badge) => badge.textContent)).toEqual(['1. Vand & Varme A/S', '2. Region Syd']);

    // The first Thursday of May 2027 is Ascension Day, which the preview must flag.
    fireEvent.click(screen.getByRole('combobox', { name: 'Ugedag' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Torsdag' }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Uge i måneden' }));
    fireEvent.click(await screen.findByRole('option', { name: '1.' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'maj' }));
    expect(await screen.findByText('Helligdag: Kristi himmelfartsdag')).toBeTruthy();

    // Moving the Ascension Day meeting by hand to the Tuesday before clears the flag.
    fireEvent.click(screen.getByRole('button', { name: 'Skift dato for møde 2' }));
    // Without the app's DatesProvider the picker names its days in English.
    fireEvent.click(await screen.findByRole('button', { name: '4 May 2027' }));
    await waitFor(() => expect(screen.queryByText('Helligdag: Kristi himmelfartsdag')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Gem alle 5 møder' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const saved = api.calls.find((call) => call.method === 'yearPlan.save')?.input as { planned: { date: string }[] };
    expect(saved.planned.map((planned) => planned.date)).toEqual(['2027-03-04', '2027-05-04', '2027-06-03', '2027-09-02', '2027-12-02']);
  });

  it('shows every clash the check finds beside the planned meeting it concerns, not only another group\'s meeting', async () => {
    const api = createFakeApi({
      'meetings.previewYear': (input) => previewYearPlan(input as Parameters<typeof previewYearPlan>[0]),
      'meetings.clashes': (input) =>
        (input as { candidates: { date: string }[] }).candidates.map(({ date }, index) =>
          index === 0
            ? [
                { kind: 'otherGroup', date, groupId: 'g2', groupName: 'CIO Vest', meetingId: 'x' },
                { kind: 'hostBusy', date, hostOrganisation: 'Region Syd', groupId: 'g2', groupName: 'CIO Vest', meetingId: 'x' },
              ]
            : [],
        ),
      'yearPlan.duplicates': [],
    });
    renderWithProviders(<YearPlanModal opened groupId="g1" today="2026-11-25" meetings={[]} hostQueue={[]} onClose={vi.fn()} />, { api });

    const preview = await screen.findByRole('table', { name: 'Forhåndsvisning' });
    const firstRow = within(preview).getAllByRole('row')[1]!;
    expect(await within(firstRow).findByText('Region Syd er allerede vært for CIO Vest 9. mar. 2027.')).toBeTruthy();
    // Two badges: the other group's meeting and the host's.
    expect(within(firstRow).getAllByText(/CIO Vest/)).toHaveLength(2);
    expect(within(within(preview).getAllByRole('row')[2]!).queryByText(/CIO Vest/)).toBeNull();
  });

  it('names the planned meetings that already exist, says which stay for their content, and replaces only the empty ones', async () => {
    const meetings = QUARTERLY.map((date, index) => ({ id: `old${index}`, date, startTime: '09:00', endTime: '16:00', kind: 'fullDay' as const, ...NEW_MEETING_DETAILS, agenda: [] }));
    const api = createFakeApi({
      'meetings.previewYear': (input) => previewYearPlan(input as Parameters<typeof previewYearPlan>[0]),
      'meetings.clashes': (input) => (input as { candidates: unknown[] }).candidates.map(() => []),
      // The March meeting has an agenda; the other three are only dates.
      'yearPlan.duplicates': (input) =>
        planDuplicates((input as { planned: { date: string }[] }).planned, meetings, { invitations: [], actions: [], themes: [] }).map((duplicate) =>
          duplicate.meetingId === 'old0' ? { ...duplicate, content: ['agenda' as const] } : duplicate,
        ),
      'yearPlan.save': { created: [], replaced: [], kept: [] },
    });
    const onClose = vi.fn();
    renderWithProviders(<YearPlanModal opened groupId="g1" today="2026-11-25" meetings={meetings} hostQueue={[]} onClose={onClose} />, { api });

    const warning = await screen.findByTestId('year-plan-duplicates');
    expect(within(warning).getByText('4 af de planlagte møder findes allerede')).toBeTruthy();
    expect(within(warning).getByText('Tirsdag 9. marts 2027: dagsorden')).toBeTruthy();
    expect(screen.getAllByText('Findes allerede: 9. mar. 2027')).toHaveLength(1);
    expect((screen.getByRole('button', { name: 'Intet mangler at blive tilføjet' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /Gem alle/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Erstat 3 tomme møder' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.calls.find((call) => call.method === 'yearPlan.save')?.input).toMatchObject({ groupId: 'g1', duplicates: 'replace' });
  });
});
