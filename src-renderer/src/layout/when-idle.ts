// Work that can wait until the first screen is drawn: run it when the browser is idle, and let the caller cancel it.

/** Runs `work` when the browser is idle (or shortly, where there is no idle callback); returns a cancel function. */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => work(), { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 200);
  return () => window.clearTimeout(handle);
}
