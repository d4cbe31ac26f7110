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
  /**
   * Asks where to save an exported document and writes it there. 'download' means this host has no file dialog
   * (web host): the caller returns the bytes to the renderer instead.
   */
  saveFile(request: SaveFileRequest): Promise<SaveFileOutcome>;
  /** Opens a mailto: or https: URL outside the app; false when this host cannot (the renderer then opens it). */
  openExternal(url: string): Promise<boolean>;
  /**
   * Writes the file to a private temporary folder and opens it with the program the system gives its type (an .eml
   * in the mail program, as an unsent draft); absent where the host cannot, and the file is then saved instead.
   */
  openFile?(fileName: string, bytes: Uint8Array): Promise<boolean>;
  /** Opens another window of the app at `hash` (the projector's view); absent where the host has no windows of its own. */
  openWindow?(hash: string): Promise<boolean>;
}

export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  filter: { name: string; extensions: string[] };
}

export type SaveFileOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'download' };

export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^(da|nb|nn|no)\b/i.test(locale) ? 'da' : 'en';
}
