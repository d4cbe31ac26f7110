// English texts for the main process; the type makes a missing or extra key a compile error.
import type { MainMessages } from './da';

export const en: MainMessages = {
  appTitle: 'Netværk',
  workspaceLocked: {
    title: 'The workspace folder is already in use',
    body: 'The folder {{folder}} is open in another Netværk window or web host on this computer (process {{pid}}). On one computer only one program at a time writes to the folder; another computer may have it open at the same time. Close the other program and start Netværk again.',
  },
  startFailed: {
    title: 'Netværk could not start',
    body: 'An unexpected error happened during start-up. Your data has not been changed. Please start Netværk again.',
  },
  testModeNeedsFolders: 'Test mode (NETVAERK_E2E=1) needs both NETVAERK_WORKSPACES_DIR and NETVAERK_USER_DATA_DIR, so a test never touches your real data.',
  webHost: {
    ready: 'Netværk is running. Open {{url}} in your browser. Press Ctrl+C to stop.',
    folder: 'Workspace folder: {{folder}}',
    stopping: 'Stopping and saving all changes …',
    stopped: 'Netværk has stopped.',
  },
};
