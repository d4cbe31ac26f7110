// Danish texts for the few things the main process says itself: start-up error dialogs and the web host's console.
export const da = {
  appTitle: 'Netværk',
  workspaceLocked: {
    title: 'Arbejdsmappen er allerede i brug',
    body: 'Mappen {{folder}} er åben i et andet Netværk-vindue eller en web-vært på denne computer (proces {{pid}}). På én computer skriver kun ét program ad gangen i mappen; en anden computer må gerne have den åben samtidig. Luk det andet program, og start Netværk igen.',
  },
  startFailed: {
    title: 'Netværk kunne ikke starte',
    body: 'Der skete en uventet fejl under opstarten. Dine data er ikke ændret. Prøv at starte Netværk igen.',
  },
  testModeNeedsFolders: 'Testtilstand (NETVAERK_E2E=1) kræver både NETVAERK_WORKSPACES_DIR og NETVAERK_USER_DATA_DIR, så en test aldrig rører dine rigtige data.',
  webHost: {
    ready: 'Netværk kører. Åbn {{url}} i din browser. Tryk Ctrl+C for at stoppe.',
    folder: 'Arbejdsmappe: {{folder}}',
    stopping: 'Stopper og gemmer alle ændringer …',
    stopped: 'Netværk er stoppet.',
  },
};

export type MainMessages = typeof da;
