// @vitest-environment jsdom
import '../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { renderWithProviders } from '../test-support/render-with-providers';
import { FormActions } from './form-actions';
import { FormFailure } from './form-failure';
import { QueryFallback } from './query-state';
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
