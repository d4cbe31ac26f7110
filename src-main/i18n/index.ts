// A translator for main-process messages, in the language the app would show (the system's, reduced to da/en).
import { createInstance } from 'i18next';
import type { Language } from '../domain/model';
import { da, type MainMessages } from './da';
import { en } from './en';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MainMessageKey = Leaves<MainMessages>;
export type Translate = (key: MainMessageKey, params?: Record<string, string | number>) => string;

export function createMainTranslator(language: Language): Translate {
  const i18n = createInstance();
  void i18n.init({
    lng: language,
    fallbackLng: 'en',
    resources: { da: { translation: da }, en: { translation: en } },
    // The catalogues are in memory, so initialisation is synchronous and t() works at once.
    initAsync: false,
    // Console lines and native dialogs are not HTML; escaping would show &amp; to the user.
    interpolation: { escapeValue: false },
  });
  return (key, params) => i18n.t(key, params ?? {});
}
