// Tells end-to-end tests the first real screen is on the page, so they wait for a signal and never sleep.
import { useEffect } from 'react';

export function useAppReadySignal(ready: boolean): void {
  useEffect(() => {
    if (ready) document.body.dataset.appReady = 'true';
  }, [ready]);
}
