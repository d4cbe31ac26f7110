// The main process's developer log: unexpected errors go to stderr, never to the UI (which shows translated codes).
export function logToStderr(message: string, error?: unknown): void {
  console.error(`[netvaerk] ${message}`, error ?? '');
}
