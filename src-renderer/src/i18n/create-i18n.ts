// Builds an i18next instance with both catalogues loaded synchronously, so the first render already has its texts.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../src-main/domain/model';
import { da } from './da';
import { en } from './en';
import { featureResources } from './feature-namespaces';
import './i18next-types';

export const CATALOGUES = { da, en } as const;

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      da: { translation: da, ...featureResources('da') },
      en: { translation: en, ...featureResources('en') },
    },
    lng: language,
    fallbackLng: 'da',
    supportedLngs: ['da', 'en'],
    initAsync: false,
    // React escapes output itself; escaping here would show "&lt;" in file paths.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The browser's language as a best first guess before the main process has told us the user's choice. */
export function guessLanguage(navigatorLanguage: string | undefined): Language {
  return navigatorLanguage?.toLowerCase().startsWith('en') ? 'en' : 'da';
}
