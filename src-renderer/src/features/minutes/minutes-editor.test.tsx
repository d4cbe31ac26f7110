// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { MinutesEditorData } from '../../../../src-main/api/operations/minutes';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { MinutesEditor } from './minutes-editor';

// jsdom has no font loading API; Mantine's autosizing textarea listens to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined } });
}

const data: MinutesEditorData = {
  language: 'da',
  meeting: {
    id: 'm1', date: '2026-03-12', startTime: '09:30', endTime: '16:00', kind: 'fullDay', hostOrganisation: 'Holmby Kommune',
    address: '', theme: 'AI i driften', siteTour: false, dinner: false, jointWithSisterGroup: false, status: 'held',
  },
  agendaItems: [{ id: 'talk', title: 'Oplæg om AI', kind: 'talk', startTime: '10:00' }],
  members: [
    { id: 'anna', name: 'Anna Holm', organisation: 'Region Syd' },
    { id: 'bo', name: 'Bo Lund', organisation: 'Holmby Kommune' },
  ],
  minutes: null,
  actions: [],
  carriedActions: [],
  nextMeeting: null,
  waitingThemes: [],
  today: '2026-03-12',
};

interface SaveInput {
  minutes: { notes: { text: string; level: string }[]; checkInRound: { memberId: string; text: string; level: string }[] };
}

function renderEditor() {
  const saves: SaveInput[] = [];
  const api = createFakeApi({
    'minutes.save': (input) => {
      saves.push(input as SaveInput);
      return { updatedAt: '2026-03-12T12:00:00Z' };
    },
  });
  renderWithProviders(<MinutesEditor groupId="g1" data={data} />, { api });
  return { saves };
}

describe('MinutesEditor', () => {
  it('structures the notes by the agenda and autosaves the whole minutes after typing, with no save button', async () => {
    const { saves } = renderEditor();
    expect(screen.queryByRole('button', { name: /^Gem/ })).toBeNull();
    const note = screen.getByRole('textbox', { name: 'Noter til Oplæg om AI' });
    fireEvent.change(note, { target: { value: 'Pilotprojekt i **tre** regioner' } });
    expect(screen.getByText('Ændringer gemmes…')).toBeTruthy();
    // The preview shows the formatting as the document will.
    expect(screen.getByText('tre').tagName).toBe('STRONG');
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 3000 });
    expect(saves[0]!.minutes.notes).toEqual([expect.objectContaining({ text: 'Pilotprojekt i **tre** regioner', level: 'members' })]);
    await waitFor(() => expect(screen.getByText('Alle ændringer er gemt')).toBeTruthy());
  });

  it('opens a large meeting with its top drawn at once and the sections below the check-in round a frame later', async () => {
    const members = Array.from({ length: 40 }, (_, at) => ({ id: `member${at}`, name: `Medlem ${at + 1}`, organisation: 'Region Syd' }));
    renderWithProviders(<MinutesEditor groupId="g1" data={{ ...data, members }} />, { api: createFakeApi({}) });
    expect(screen.getByRole('textbox', { name: 'Bordet rundt: Medlem 1' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Noter til Oplæg om AI' })).toBeNull();
    // The frames come from the test machine: alone ~0.8 s to the last section, past findBy's 1 s beside other test files.
    expect(await screen.findByRole('textbox', { name: 'Noter til Oplæg om AI' }, { timeout: 5000 })).toBeTruthy();
  });

  it('starts round entries in the room and saves a changed level', async () => {
    const { saves } = renderEditor();
    const level = screen.getByRole('radiogroup', { name: 'Hvem må læse det: Bordet rundt: Bo Lund' });
    expect((within(level).getByRole('radio', { name: 'I rummet' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Bordet rundt: Bo Lund' }), { target: { value: 'Nyt job i foråret' } });
    fireEvent.click(within(level).getByRole('radio', { name: 'Kan deles' }));
    await waitFor(() => expect(saves.length).toBeGreaterThan(0), { timeout: 3000 });
    expect(saves.at(-1)!.minutes.checkInRound).toContainEqual({ memberId: 'bo', text: 'Nyt job i foråret', level: 'shareable' });
  });

  it('says why a save failed, once, and keeps retrying', async () => {
    renderWithProviders(<MinutesEditor groupId="g1" data={data} />, {
      api: createFakeApi({ 'minutes.save': { error: { code: 'meetingNotFound' } } }),
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Noter til Oplæg om AI' }), { target: { value: 'Tekst' } });
    expect(await screen.findByText('Kunne ikke gemme – prøver igen', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getAllByText(/Mødet findes ikke længere/)).toHaveLength(1);
  });

  it('puts the cursor in a new decision, starts the next one on Enter and leaves the field on Escape', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj beslutning' }));
    const first = screen.getByRole('textbox', { name: 'Beslutning 1' });
    expect(document.activeElement).toBe(first);
    fireEvent.change(first, { target: { value: 'Vi deler skabelonen' } });
    fireEvent.keyDown(first, { key: 'Enter' });
    const second = screen.getByRole('textbox', { name: 'Beslutning 2' });
    expect(document.activeElement).toBe(second);
    // Typing straight on lands in the new field; nothing is lost to the button.
    fireEvent.change(second, { target: { value: 'Næste møde i Vejle' } });
    expect((screen.getByRole('textbox', { name: 'Beslutning 1' }) as HTMLInputElement).value).toBe('Vi deler skabelonen');
    fireEvent.keyDown(second, { key: 'Escape' });
    expect(document.activeElement).not.toBe(second);
  });

  it('puts the cursor in a new action and moves on round by round with Enter', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj aftale' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Hvad' }));
    const anna = screen.getByRole('textbox', { name: 'Bordet rundt: Anna Holm' });
    fireEvent.keyDown(anna, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Bordet rundt: Bo Lund' }));
  });

  it('takes a removed decision back with Undo, in its place', async () => {
    renderEditor();
    for (const text of ['Første', 'Anden']) {
      fireEvent.click(screen.getByRole('button', { name: 'Tilføj beslutning' }));
      fireEvent.change(document.activeElement!, { target: { value: text } });
    }
    fireEvent.click(screen.getByRole('button', { name: /^Fjern beslutning 1$/ }));
    expect(screen.queryByDisplayValue('Første')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Fortryd' }));
    expect((screen.getByRole('textbox', { name: 'Beslutning 1' }) as HTMLInputElement).value).toBe('Første');
    expect((screen.getByRole('textbox', { name: 'Beslutning 2' }) as HTMLInputElement).value).toBe('Anden');
  });
  it('takes in a decision captured elsewhere on reload and keeps it in the next save, without touching what is typed', async () => {
    const saves: { minutes: { decisions: { id: string }[] }; seen: string[] }[] = [];
    const api = createFakeApi({
      'minutes.save': (input) => {
        saves.push(input as (typeof saves)[number]);
        return { updatedAt: '2026-03-12T12:00:00Z' };
      },
    });
    let reload: (next: MinutesEditorData) => void = () => undefined;
    function ReloadingEditor() {
      const [current, setCurrent] = useState(data);
      reload = setCurrent;
      return <MinutesEditor groupId="g1" data={current} />;
    }
    renderWithProviders(<ReloadingEditor />, { api });
    const note = screen.getByRole('textbox', { name: 'Noter til Oplæg om AI' });
    fireEvent.change(note, { target: { value: 'Skrevet her' } });
    const captured = { id: 'live1', text: 'Besluttet i mødetilstand', level: 'members' as const };
    act(() => reload({ ...data, minutes: { meetingId: 'm1', attendance: [], guests: [], notes: [], decisions: [captured], checkInRound: [], closingRound: [], updatedAt: '2026-03-12T11:00:00Z' } }));
    expect((screen.getByRole('textbox', { name: 'Beslutning 1' }) as HTMLInputElement).value).toBe('Besluttet i mødetilstand');
    expect((screen.getByRole('textbox', { name: 'Noter til Oplæg om AI' }) as HTMLTextAreaElement).value).toBe('Skrevet her');
    fireEvent.change(screen.getByRole('textbox', { name: 'Noter til Oplæg om AI' }), { target: { value: 'Skrevet her, og mere' } });
    await waitFor(() => expect(saves.some((save) => save.minutes.decisions.length > 0)).toBe(true), { timeout: 3000 });
    const last = saves[saves.length - 1]!;
    expect(last.minutes.decisions.map((decision) => decision.id)).toEqual(['live1']);
    expect(last.seen).toContain('decisions:live1');
  });
});
