// Entry point: choose the transport once, build the client and the texts, and render.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import '@mantine/charts/styles.css';
import './ui/forced-colors.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api-client';
import { App } from './app';
import { sendBootReads } from './layout/boot-reads';
import { createI18n, guessLanguage } from './i18n/create-i18n';
import { chooseTransport } from './transport/choose-transport';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const api = createApiClient(chooseTransport(window));
sendBootReads(api, window.location.hash);
const i18n = createI18n(guessLanguage(navigator.language));

createRoot(container).render(
  <StrictMode>
    <App api={api} i18n={i18n} />
  </StrictMode>,
);
