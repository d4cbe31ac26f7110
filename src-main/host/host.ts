// What differs between the Electron app and the web host: native dialogs, the system language, opening things outside.
// Handlers ask the host; they never know which one they have.
import type { Language } from '../domain/model';

export interface Host {
  /** Whether a native folder picker exists (Electron) or the user must type a path (web host). */
  readonly canPickFolder: boolean;
  /** Shows a folder picker; resolves to the chosen absolute path, or null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** The operating system's UI language, reduced to the two the app speaks. */
  systemLanguage(): Language;
}

export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^(da|nb|nn|no)\b/i.test(locale) ? 'da' : 'en';
}
