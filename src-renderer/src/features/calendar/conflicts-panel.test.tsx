// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CalendarConflict } from '../../../../src-main/domain/calendar-conflicts';
import { addDays } from '../../../../src-main/domain/danish-holidays';
import { localIsoDate } from '../../../../src-main/domain/summaries';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { comingConflicts, ConflictsPanel, CONFLICTS_LISTED } from './conflicts-panel';

const today = localIsoDate(new Date());
const sameDay = (date: string): CalendarConflict => ({
  kind: 'sameDay',
  date,
  meetings: [
    { groupId: 'east', meetingId: `e-${date}` },
    { groupId: 'west', meetingId: `w-${date}` },
  ],
});
const groups = [
  { id: 'east', name: 'CIO Øst', language: 'da' as const, colourIndex: 0 },
  { id: 'west', name: 'CIO Vest', language: 'da' as const, colourIndex: 1 },
];

describe('comingConflicts', () => {
  it('keeps today and later, soonest first', () => {
    const dates = ['2031-05-01', '2020-01-07', today, '2030-02-02'];
    expect(comingConflicts(dates.map(sameDay), today).map((conflict) => conflict.date)).toEqual([today, '2030-02-02', '2031-05-01']);
  });
});

describe('ConflictsPanel', () => {
  it('lists the coming conflicts, leaves out past ones and counts what it does not list', () => {
    const coming = Array.from({ length: CONFLICTS_LISTED + 3 }, (_, index) => sameDay(addDays(today, 7 * (index + 1))));
    renderWithProviders(<ConflictsPanel conflicts={[sameDay('2019-03-12'), ...coming]} groups={groups} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(CONFLICTS_LISTED);
    expect(screen.queryByText(/2019/)).toBeNull();
    expect(screen.getByText('… og 3 konflikter mere senere. Kalenderen markerer dem med rødt.')).toBeTruthy();
  });

  it('says so when only past conflicts exist', () => {
    renderWithProviders(<ConflictsPanel conflicts={[sameDay('2019-03-12')]} groups={groups} />);
    expect(screen.getByText(/^Ingen kommende konflikter/)).toBeTruthy();
  });
});
