// The providers every screen needs (theme, texts, dates, modals, notifications, API) around the app itself.
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { ApiClient } from './api-client';
import { ApiProvider } from './api-context';
import { AppRoot } from './layout/app-root';
import { theme } from './theme';

export function App({ api, i18n }: { api: ApiClient; i18n: i18n }) {
  return (
    <ApiProvider api={api}>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} defaultColorScheme="light">
          <ModalsProvider>
            <Notifications position="bottom-right" />
            <AppRoot />
          </ModalsProvider>
        </MantineProvider>
      </I18nextProvider>
    </ApiProvider>
  );
}
