// A one-off action (save, export, open) with a busy flag for its button; a failure is shown as a red notice.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyFailure } from './notify';

export function useBusyAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // A button may show no spinner yet (SAVING_SIGN_AFTER_MS), so a second click must not start the action twice.
  const inFlight = useRef(false);

  /** Runs the action, unless it is already running. */
  const run = async (action: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      notifyFailure(t, error);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  return { busy, run };
}
