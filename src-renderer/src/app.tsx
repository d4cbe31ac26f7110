// The providers every screen needs (theme, texts, dates, modals, notifications, API) around the app itself.
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { Suspense } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { ApiClient } from './api-client';
import { ApiProvider } from './api-context';
import { presenterRoute } from './features/live-meeting/presenter-route';
import { AppRoot } from './layout/app-root';
import { lazyComponent } from './layout/lazy-component';
import { PageLoader } from './layout/page-loader';
import { ThemeProvider } from './theme-provider';

// The projector's page (#/present/<group>/<meeting>) is the same app with another root, loaded only where it is shown.
const PresenterPage = lazyComponent(() => import('./features/live-meeting/presenter-page'), (module) => module.PresenterPage);

export function App({ api, i18n }: { api: ApiClient; i18n: i18n }) {
  const presenter = presenterRoute(window.location.hash);
  return (
    <ApiProvider api={api}>
      <I18nextProvider i18n={i18n}>
        <ThemeProvider>
          <ModalsProvider>
            <Notifications position="bottom-right" />
            {presenter ? (
              <Suspense fallback={<PageLoader />}>
                <PresenterPage {...presenter} />
              </Suspense>
            ) : (
              <AppRoot />
            )}
          </ModalsProvider>
        </ThemeProvider>
      </I18nextProvider>
    </ApiProvider>
  );
}
