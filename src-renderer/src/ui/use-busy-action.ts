// A one-off action (save, export, open) with a busy flag for its button; a failure is shown as a red notice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyFailure } from './notify';

export function useBusyAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      notifyFailure(t, error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
