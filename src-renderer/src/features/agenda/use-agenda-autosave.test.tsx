// @vitest-environment jsdom
// The agenda saves through the app's one autosave engine: debounced, retried, flushed on page hide, counted in the header.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem } from '../../../../src-main/domain/agenda-model';
import { ApiProvider } from '../../api-context';
import { createFakeApi } from '../../test-support/fake-api';
import { usePendingEdits } from '../../ui/pending-edits';
import { useAgendaAutosave } from './use-agenda-autosave';

const item = (id: string, title: string): AgendaItem => ({ id, kind: 'other', title, durationMinutes: 10, responsible: { kind: 'none' }, notes: '' });
const initial = [item('a', 'Velkomst'), item('b', 'Afrunding')];

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** `failures` saves are refused before the store accepts them; each accepted agenda is recorded with trimmed titles. */
function renderAgendaAutosave(failures = 0) {
  const saved: string[][] = [];
  let refusalsLeft = failures;
  const api = createFakeApi({
    'agenda.save': (input) => {
      if (refusalsLeft > 0) {
        refusalsLeft -= 1;
        throw new Error('disk full');
      }
      const { items } = input as { items: AgendaItem[] };
      saved.push(items.map((saved) => saved.title));
      // The hook never reads the meeting the store answers with, so the fake leaves it out.
      return { agenda: items } as never;
    },
  });
  const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={api}>{children}</ApiProvider>;
  const hook = renderHook(() => ({ agenda: useAgendaAutosave('g1', 'm1', initial), headerPending: usePendingEdits() }), { wrapper });
  const rename = (title: string) => act(() => hook.result.current.agenda.setItems((items) => items.map((each) => (each.id === 'a' ? { ...each, title } : each))));
  return { ...hook, api, saved, rename };
}

describe('useAgendaAutosave', () => {
  it('saves once after typing stops, with trimmed titles, and the header counts the edit until then', async () => {
    const { result, saved, rename } = renderAgendaAutosave();
    rename('Velkomst ');
    rename('Velkomst og kaffe ');
    expect(result.current.agenda.state).toBe('pending');
    expect(result.current.headerPending).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(saved).toEqual([['Velkomst og kaffe', 'Afrunding']]);
    expect(result.current.agenda.state).toBe('saved');
    expect(result.current.headerPending).toBe(false);
  });

  it('keeps an agenda the store refused and tries again without a new edit', async () => {
    const { result, saved, rename } = renderAgendaAutosave(1);
    rename('Kaffe');
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(result.current.agenda.state).toBe('failed');
    expect(result.current.headerPending).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(saved).toEqual([['Kaffe', 'Afrunding']]);
    expect(result.current.agenda.state).toBe('saved');
  });

  it('sends a waiting edit at once when the window is hidden', async () => {
    const { saved, rename } = renderAgendaAutosave();
    rename('Skjult');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      await act(async () => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
    expect(saved).toEqual([['Skjult', 'Afrunding']]);
  });

  it('sends a waiting edit when the editor closes', async () => {
    const { saved, rename, unmount } = renderAgendaAutosave();
    rename('Lukket');
    await act(async () => {
      unmount();
    });
    expect(saved).toEqual([['Lukket', 'Afrunding']]);
  });

  it('holds an agenda with an untitled item back, and the header does not call it saved', async () => {
    const { result, api, rename } = renderAgendaAutosave();
    rename('  ');
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(api.calls).toEqual([]);
    expect(result.current.agenda.untitled).toBe(true);
    expect(result.current.headerPending).toBe(true);
  });
});
