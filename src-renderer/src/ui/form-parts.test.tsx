// @vitest-environment jsdom
import '../test-support/setup-dom';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { renderWithProviders } from '../test-support/render-with-providers';
import { FormActions } from './form-actions';
import { FormFailure } from './form-failure';
import { QueryFallback } from './query-state';
import { SAVING_SIGN_AFTER_MS } from './use-shown-after';
import { onFormSubmit, useSubmit } from './use-submit';

const da = createI18n('da');
const unexpected = da.t('errors.unexpected');

function SaveForm({ save, onSaved }: { save: () => Promise<void>; onSaved: () => void }) {
  const { saving, failure, run } = useSubmit();
  const submit = () =>
    void run(async () => {
      await save();
      onSaved();
    });
  return (
    <form onSubmit={onFormSubmit(submit)}>
      <FormFailure failure={failure} />
      <FormActions submitLabel="Gem" saving={saving} onCancel={() => {}} />
    </form>
  );
}

describe('useSubmit with the form parts', () => {
  it('keeps a failed save on the form as translated text, and clears it when a retry succeeds', async () => {
    const save = vi.fn<() => Promise<void>>().mockRejectedValueOnce(new Error('raw internal detail')).mockResolvedValueOnce(undefined);
    const onSaved = vi.fn();
    renderWithProviders(<SaveForm save={save} onSaved={onSaved} />);

    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect((await screen.findByRole('alert')).textContent).toBe(unexpected);
    expect(screen.queryByText(/raw internal detail/)).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the submit button while a save runs', () => {
  /** A save that ends when the test says so. */
  function pendingSave() {
    let finish = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    return { save, finish: () => finish() };
  }
  const submitButton = () => screen.getByRole('button', { name: 'Gem' });

  it('shows no spinner for a short save, and saves once however often it is clicked meanwhile', async () => {
    vi.useFakeTimers();
    try {
      const { save, finish } = pendingSave();
      const onSaved = vi.fn();
      renderWithProviders(<SaveForm save={save} onSaved={onSaved} />);
      fireEvent.click(submitButton());
      fireEvent.click(submitButton());
      act(() => vi.advanceTimersByTime(SAVING_SIGN_AFTER_MS - 1));
      expect(submitButton().hasAttribute('data-loading')).toBe(false);
      fireEvent.click(submitButton());
      await act(async () => finish());
      expect(save).toHaveBeenCalledTimes(1);
      expect(onSaved).toHaveBeenCalledTimes(1);
      act(() => vi.advanceTimersByTime(1000));
      expect(submitButton().hasAttribute('data-loading')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('spins once a save has taken SAVING_SIGN_AFTER_MS, stops when it ends, and can save again after', async () => {
    vi.useFakeTimers();
    try {
      const { save, finish } = pendingSave();
      renderWithProviders(<SaveForm save={save} onSaved={() => {}} />);
      fireEvent.click(submitButton());
      act(() => vi.advanceTimersByTime(SAVING_SIGN_AFTER_MS));
      expect(submitButton().hasAttribute('data-loading')).toBe(true);
      await act(async () => finish());
      expect(submitButton().hasAttribute('data-loading')).toBe(false);
      fireEvent.click(submitButton());
      expect(save).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('QueryFallback', () => {
  it('shows a spinner while loading', () => {
    renderWithProviders(<QueryFallback query={{ loading: true, error: undefined, reload: () => {} }} failedTitle="Kunne ikke hente" />);
    expect(screen.getByLabelText(da.t('app.loading'))).toBeTruthy();
    expect(screen.queryByText('Kunne ikke hente')).toBeNull();
  });

  it('shows the failure in words with a Retry button that reloads', () => {
    const reload = vi.fn();
    renderWithProviders(<QueryFallback query={{ loading: false, error: new Error('raw'), reload }} failedTitle="Kunne ikke hente" />);
    expect(screen.getByText('Kunne ikke hente')).toBeTruthy();
    expect(screen.getByText(unexpected)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: da.t('app.retry') }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
