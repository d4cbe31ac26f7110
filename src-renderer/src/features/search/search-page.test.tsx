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

  it('asks one question at a time, sends what was typed meanwhile when the answer is in, and is busy until it is shown', async () => {
    window.location.hash = '#/search';
    const waiting: { query: string; answer: () => void }[] = [];
    const api = createFakeApi({
      'search.run': ((input: unknown) =>
        new Promise<SearchAnswer>((resolve) => {
          waiting.push({ query: (input as { query: string }).query, answer: () => resolve(answerFor(input)) });
        })) as unknown as (input: unknown) => SearchAnswer,
    });
    renderWithProviders(<SearchPage />, { api });
    await waitFor(() => expect(waiting).toHaveLength(1));
    waiting.shift()!.answer(); // the empty box's question
    const box = screen.getByRole('textbox', { name: 'Søg i alle grupper og år' });
    const results = document.querySelector('[data-search-results]')!;
    await waitFor(() => expect(results.getAttribute('aria-busy')).toBe('false'));

    fireEvent.change(box, { target: { value: 'ag' } });
    await waitFor(() => expect(waiting.map((question) => question.query)).toEqual(['ag']));
    expect(results.getAttribute('aria-busy')).toBe('true');
    fireEvent.change(box, { target: { value: 'agi' } });
    fireEvent.change(box, { target: { value: 'agile' } });
    // Still one question on its way: the letters wait for its answer.
    expect(waiting.map((question) => question.query)).toEqual(['ag']);

    waiting.shift()!.answer();
    await waitFor(() => expect(waiting.map((question) => question.query)).toEqual(['agile']));
    expect(results.getAttribute('aria-busy')).toBe('true');
    waiting.shift()!.answer();
    expect(await screen.findByRole('button', { name: /^Åbn bordet rundt i CIO Øst/ })).toBeTruthy();
    await waitFor(() => expect(results.getAttribute('aria-busy')).toBe('false'));
    expect(api.calls.map((call) => (call.input as { query: string }).query)).toEqual(['', 'ag', 'agile']);
  });

  it('shows the spinner only while an answer is slow to come, not for every letter', async () => {
    window.location.hash = '#/search';
    let answer: (() => void) | null = null;
    const api = createFakeApi({
      'search.run': ((input: unknown) =>
        (input as { query: string }).query === ''
          ? answerFor(input)
          : new Promise<SearchAnswer>((resolve) => {
              answer = () => resolve(answerFor(input));
            })) as unknown as (input: unknown) => SearchAnswer,
    });
    renderWithProviders(<SearchPage />, { api });
    const results = document.querySelector('[data-search-results]')!;
    await waitFor(() => expect(results.getAttribute('aria-busy')).toBe('false'));

    fireEvent.change(screen.getByRole('textbox', { name: 'Søg i alle grupper og år' }), { target: { value: 'agile' } });
    await waitFor(() => expect(answer).not.toBeNull());
    expect(results.getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByLabelText('Søger…')).toBeNull();
    expect(await screen.findByLabelText('Søger…', undefined, { timeout: 2000 })).toBeTruthy();
    answer!();
    await waitFor(() => expect(results.getAttribute('aria-busy')).toBe('false'));
    expect(screen.queryByLabelText('Søger…')).toBeNull();
  });

  it('says when nothing is found, in English too', async () => {
    window.location.hash = '#/search?q=kvante';
    renderWithProviders(<SearchPage />, { api: createFakeApi({ 'search.run': answerFor }), language: 'en' });
    expect(await screen.findByText('Nothing found for “kvante”', undefined, { timeout: 5000 })).toBeTruthy();
  });
});
