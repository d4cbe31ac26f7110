// The UI language: the user's saved choice, else the system's; switching saves the choice in the main process.
import dayjs from 'dayjs';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { AppStatus } from '../../../../src-main/domain/views';
import { useApi } from '../../api-context';
import { dayjsLocale } from '../../i18n/dates';
import { notifyFailure } from '../../ui/notify';

export function effectiveLanguage(status: Pick<AppStatus, 'language' | 'systemLanguage'>): Language {
  return status.language ?? status.systemLanguage;
}

/** Applies `language` to i18next, dayjs and <html lang>; returns whether the UI already speaks it. */
export function useApplyLanguage(language: Language | undefined): boolean {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!language) return;
    dayjs.locale(dayjsLocale(language));
    document.documentElement.lang = language;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
  return language === undefined || i18n.language === language;
}

export function useSwitchLanguage(onStatusChanged: (status: AppStatus) => void) {
  const api = useApi();
  const { t } = useTranslation();
  return useCallback(
    async (language: Language) => {
      try {
        onStatusChanged(await api.call('settings.setLanguage', { language }));
      } catch (error) {
        notifyFailure(t, error);
      }
    },
    [api, onStatusChanged, t],
  );
}
