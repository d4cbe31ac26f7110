// @vitest-environment jsdom
import '../test-support/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../src-main/domain/model';
import type { AppStatus } from '../../../src-main/domain/views';
import { TransportError, type ApiClient } from '../api-client';
import { createFakeApi } from '../test-support/fake-api';
import { renderWithProviders } from '../test-support/render-with-providers';
import { sampleGroupSummary } from '../test-support/sample-group';
import { AppRoot } from './app-root';
// The app fetches the calendar's and the search page's code when idle; loaded here first, so that neither fetch can
// outlive the test file (a module still loading after the file's environment is torn down fails the whole run).
import '../features/calendar/calendar-page';
import '../features/search/search-page';

const status: AppStatus = {
  language: null,
  systemLanguage: 'da',
  colorScheme: 'auto',
  workspacesFolder: '/home/anne/Netværk',
  canPickFolder: true,
  problems: [],
  saveState: { kind: 'saved', at: null },
};

const demo = sampleGroupSummary({ id: 'demo', memberCount: 16, speakerCount: 8, fileName: 'cio-netvaerk-ost.json' });

afterEach(() => {
  delete document.body.dataset.appReady;
  window.localStorage.clear();
});

describe('AppRoot', () => {
  it('greets a new user, signals readiness, and creates the demo group in the UI language', async () => {
    let groups: GroupSummary[] = [];
    const api = createFakeApi({
      'app.status': { ...status, language: 'en' },
      'groups.list': () => groups,
      'problems.list': [],
      'groups.createDemo': () => {
        groups = [demo];
        return demo;
      },
    });
    renderWithProviders(<AppRoot />, { api });
    const demoButton = await screen.findByRole('button', { name: 'Create demo group' });
    await waitFor(() => expect(document.body.dataset.appReady).toBe('true'));

    fireEvent.click(demoButton);
    await waitFor(() => expect(api.calls).toContainEqual({ method: 'groups.createDemo', input: { language: 'en' } }));
  });

  it('shows a refused web session as a plain message', async () => {
    const refusing: ApiClient = {
      call: () => Promise.reject(new TransportError('sessionRefused')),
      onEvent: () => () => undefined,
    };
    renderWithProviders(<AppRoot />, { api: refusing });
    expect(await screen.findByText('Sessionen er udløbet')).toBeTruthy();
    expect(document.body.dataset.appReady).toBeUndefined();
  });
});
