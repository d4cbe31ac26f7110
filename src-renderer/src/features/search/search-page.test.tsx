// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchAnswer, SearchHit } from '../../../../src-main/api/operations/search';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { SearchPage } from './search-page';

const facets = { groups: [{ id: 'east', name: 'CIO Øst' }], years: [2023] };
const roomHit: SearchHit = {
  id: 'east/m1/checkInRound:bo',
  kind: 'roundEntry',
  round: 'checkIn',
  level: 'room',
  groupId: 'east',
  groupName: 'CIO Øst',
  year: 2023,
  meetingId: 'm1',
  meetingDate: '2023-09-12',
  title: [{ text: 'Bo Nygaard', hit: false }],
  snippet: [{ text: 'Vores ', hit: false }, { text: 'agile', hit: true }, { text: ' kontrakter', hit: false }],
  place: { groupId: 'east', section: 'minutes', meetingId: 'm1', entryKey: 'checkInRound:bo' },
};

function answerFor(input: unknown): SearchAnswer {
  const query = (input as { query: string }).query;
  return query.startsWith('agile') ? { hits: [roomHit], total: 1, facets } : { hits: [], total: 0, facets };
}

afterEach(() => {
  window.location.hash = '';
});

describe('SearchPage', () => {
  it('starts empty, finds as it is typed, marks the match and says a room-only entry stays in the room', async () => {
    window.location.hash = '#/search';
    const api = createFakeApi({ 'search.run': answerFor });
    renderWithProviders(<SearchPage />, { api });
    expect(await screen.findByText('Find alt, hvad grupperne har sagt og besluttet')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Søg i alle grupper og år' }), { target: { value: 'agile' } });
    const hit = await screen.findByRole('button', { name: /^Åbn bordet rundt i CIO Øst, Møde 12\. sept?\. 2023, I rummet$/ }, { timeout: 5000 });
    expect(hit.textContent).toContain('I rummet');
    expect(hit.querySelector('mark')?.textContent).toBe('agile');
    await waitFor(() => expect(window.location.hash).toBe('#/search?q=agile'));
    expect(api.calls.at(-1)).toEqual({ method: 'search.run', input: { query: 'agile' } });
  });

  it('says when nothing is found, in English too', async () => {
    window.location.hash = '#/search?q=kvante';
    renderWithProviders(<SearchPage />, { api: createFakeApi({ 'search.run': answerFor }), language: 'en' });
    expect(await screen.findByText('Nothing found for “kvante”', undefined, { timeout: 5000 })).toBeTruthy();
  });
});
