// Renders a component the way the app does: Mantine, modals, texts in the chosen language, and a fake API.
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../src-main/domain/model';
import type { ApiClient } from '../api-client';
import { ApiProvider } from '../api-context';
import { createI18n } from '../i18n/create-i18n';
import { theme } from '../theme';
import { createFakeApi } from './fake-api';

export function renderWithProviders(ui: ReactElement, options: { api?: ApiClient; language?: Language } = {}) {
  const api = options.api ?? createFakeApi();
  const i18n = createI18n(options.language ?? 'da');
  const result = render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} env="test">
          <ModalsProvider>
            <Notifications />
            {ui}
          </ModalsProvider>
        </MantineProvider>
      </I18nextProvider>
    </ApiProvider>,
  );
  return { ...result, api, i18n };
}
