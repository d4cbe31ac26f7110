// The app's colour scheme: the user's saved choice (light, dark or the system's), applied to Mantine, which also keeps
// it in localStorage so the next start (and the projector's window) paints in the right colours before the status loads.
import { useMantineColorScheme } from '@mantine/core';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColorSchemeChoice } from '../../../../src-main/domain/appearance';
import type { AppStatus } from '../../../../src-main/domain/views';
import { useApi } from '../../api-context';
import { notifyFailure } from '../../ui/notify';

/** Applies the saved choice once the status has it; until then Mantine's remembered (or the system's) scheme shows. */
export function useApplyColorScheme(choice: ColorSchemeChoice | undefined): void {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (choice !== undefined && choice !== colorScheme) setColorScheme(choice);
  }, [choice, colorScheme, setColorScheme]);
}

export function useSwitchColorScheme(onStatusChanged: (status: AppStatus) => void) {
  const api = useApi();
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  return useCallback(
    async (colorScheme: ColorSchemeChoice) => {
      // Shown at once; saved for the next start. A failed save is told, and the saved choice comes back with the status.
      setColorScheme(colorScheme);
      try {
        onStatusChanged(await api.call('settings.setColorScheme', { colorScheme }));
      } catch (error) {
        notifyFailure(t, error);
      }
    },
    [api, onStatusChanged, setColorScheme, t],
  );
}
