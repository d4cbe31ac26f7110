// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { previewYearPlan } from '../../../../src-main/domain/year-plan';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { YearPlanModal } from './year-plan-modal';
import type { HostTurn } from '../../../../src-main/domain/host-rotation';

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
      'meetings.createPlanned': (input) => (input as { planned: unknown[] }).planned.map((_, index) => ({ id: `m${index}` })) as never,
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
    const saved = api.calls.find((call) => call.method === 'meetings.createPlanned')?.input as { planned: { date: string }[] };
    expect(saved.planned.map((planned) => planned.date)).toEqual(['2027-03-04', '2027-05-04', '2027-06-03', '2027-09-02', '2027-12-02']);
  });
});
