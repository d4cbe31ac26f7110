// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaEditorData } from '../../../../src-main/api/operations/agenda';
import type { AgendaItem } from '../../../../src-main/domain/agenda-model';
import type { Meeting } from '../../../../src-main/domain/model';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { AgendaEditor } from './agenda-editor';

const item = (id: string, title: string, durationMinutes: number): AgendaItem => ({
  id,
  kind: 'other',
  title,
  durationMinutes,
  responsible: { kind: 'none' },
  notes: '',
});

const meeting: Meeting = {
  id: 'm1',
  date: '2027-03-09',
  startTime: '09:00',
  endTime: '10:00',
  kind: 'fullDay',
  hostOrganisation: '',
  address: '',
  theme: '',
  siteTour: false,
  dinner: false,
  jointWithSisterGroup: false,
  status: 'planned',
  agenda: [item('a', 'Velkomst', 10), item('b', 'Bordet rundt', 30), item('c', 'Afrunding', 15)],
};

const data: AgendaEditorData = { language: 'da', meeting, templates: [], members: [], speakers: [], invitations: [], followUp: null };

function renderEditor() {
  const api = createFakeApi({ 'agenda.save': (input) => ({ ...meeting, agenda: (input as { items: AgendaItem[] }).items }) });
  const { unmount } = renderWithProviders(<AgendaEditor groupId="g1" data={data} />, { api });
  return Object.assign(api, { unmount });
}

const times = () => screen.getAllByLabelText('Tid').map((element) => element.textContent);
const itemNames = () => within(screen.getByRole('list', { name: 'Punkter på dagsordenen' })).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'));

describe('AgendaEditor', () => {
  it('computes the start times from the meeting start and moves them with the items', async () => {
    const api = renderEditor();
    expect(times()).toEqual(['09:00–09:10', '09:10–09:40', '09:40–09:55']);

    fireEvent.click(screen.getByRole('button', { name: 'Flyt ned: Velkomst' }));

    expect(itemNames()).toEqual(['Punkt 1: Bordet rundt', 'Punkt 2: Velkomst', 'Punkt 3: Afrunding']);
    expect(times()).toEqual(['09:00–09:30', '09:30–09:40', '09:40–09:55']);
    // The autosave's quiet time is 800 ms; a busy machine may take a while longer to get there.
    await waitFor(() => expect(api.calls.map((call) => call.method)).toContain('agenda.save'), { timeout: 5000 });
    const saved = api.calls.find((call) => call.method === 'agenda.save')?.input as { items: AgendaItem[] };
    expect(saved.items.map((saved) => saved.id)).toEqual(['b', 'a', 'c']);
    expect(await screen.findByText('Alle ændringer er gemt')).toBeTruthy();
  });

  it('moves an item with Alt+arrow keys', () => {
    renderEditor();
    const title = screen.getByDisplayValue('Afrunding');
    fireEvent.keyDown(title, { key: 'ArrowUp', altKey: true });
    expect(itemNames()).toEqual(['Punkt 1: Velkomst', 'Punkt 2: Afrunding', 'Punkt 3: Bordet rundt']);
  });

  it('warns when the agenda runs past the meeting’s end', () => {
    renderEditor();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Minutter' })[1]!, { target: { value: '50' } });
    expect(screen.getByRole('alert').textContent).toContain('Dagsordenen løber 15 min over mødets sluttid (10:00)');
  });

  it('does not save an item without a title, and says so', async () => {
    const api = renderEditor();
    fireEvent.change(screen.getByDisplayValue('Velkomst'), { target: { value: '  ' } });
    expect(await screen.findByText('Ikke gemt: et punkt mangler en titel')).toBeTruthy();
    expect(screen.getByText('Skriv en titel')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  it('saves a change at once when the editor closes before the autosave delay', () => {
    const api = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Flyt ned: Velkomst' }));
    expect(api.calls).toEqual([]);
    api.unmount();
    expect(api.calls.map((call) => call.method)).toEqual(['agenda.save']);
  });
  it('draws only the first people as options in the responsible picker, and typing finds anyone in a large card index', async () => {
    const speakers = Array.from({ length: 600 }, (_, index) => ({ id: `s${index}`, name: `Oplægsholder ${index}` }));
    renderWithProviders(<AgendaEditor groupId="g1" data={{ ...data, speakers }} />, { api: createFakeApi({}) });
    const [responsible] = screen.getAllByLabelText('Ansvarlig');
    fireEvent.click(responsible!);
    const shown = await screen.findAllByRole('option');
    // About 40 of the 602 people (the facilitator, no one, and the first speakers).
    expect(shown.length).toBeLessThan(50);
    // Typed into the focused field (Mantine takes a change to an unfocused field for autofill).
    (responsible as HTMLInputElement).focus();
    fireEvent.change(responsible!, { target: { value: 'Oplægsholder 599' } });
    expect(await screen.findByRole('option', { name: 'Oplægsholder 599' })).toBeTruthy();
  });

  it('names the chosen speaker before the picker is opened, and offers everyone once it is', async () => {
    const speakers = Array.from({ length: 600 }, (_, index) => ({ id: `s${index}`, name: `Oplægsholder ${index}` }));
    const chosen = { ...meeting, agenda: [{ ...item('a', 'Oplæg', 30), responsible: { kind: 'speaker' as const, speakerId: 's450' } }] };
    renderWithProviders(<AgendaEditor groupId="g1" data={{ ...data, meeting: chosen, speakers }} />, { api: createFakeApi({}) });
    const [responsible] = screen.getAllByLabelText('Ansvarlig');
    expect((responsible as HTMLInputElement).value).toBe('Oplægsholder 450');
    (responsible as HTMLInputElement).focus();
    fireEvent.change(responsible!, { target: { value: 'Oplægsholder 599' } });
    expect(await screen.findByRole('option', { name: 'Oplægsholder 599' })).toBeTruthy();
  });
});
