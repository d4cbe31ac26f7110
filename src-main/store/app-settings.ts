// The user's app-wide choices (language, workspaces folder, the name other devices see) in `<userDataDir>/settings.json`, written durably.
// A settings file that cannot be read is moved aside, never overwritten in place, and defaults are used.
import path from 'node:path';
import { z } from 'zod';
import { facilitatorProfileSchema } from '../domain/facilitator-profile';
import { colorSchemeChoiceSchema } from '../domain/appearance';
import { languageSchema } from '../domain/model';
import { durableWrite, makeFolderDurable, realSleep, renameWithRetry, type DurableWriteContext } from './durable-write';
import { fileStamp } from './file-stamps';
import { errorCode, nodeFsPort, type FsPort } from './fs-port';

export const appSettingsSchema = z.object({
  language: languageSchema.nullable().default(null),
  workspacesFolder: z.string().min(1).nullable().default(null),
  /** The name other devices show for this one ("Mette har mappen åben"); null means the OS user name. */
  displayName: z.string().trim().min(1).max(100).nullable().default(null),
  /** Light, dark, or the system's choice; a settings file from before this field follows the system. */
  colorScheme: colorSchemeChoiceSchema.default('auto'),
  /** Who signs the mails and documents on this device; null until the first-run question is answered or skipped. */
  facilitatorProfile: facilitatorProfileSchema.nullable().default(null),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export interface AppSettingsStore {
  get(): AppSettings;
  /** Merges `patch`, validates it, and resolves once the new settings are durable. */
  update(patch: Partial<AppSettings>): Promise<AppSettings>;
}

export interface AppSettingsOptions {
  fs?: FsPort;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  renameRetryWindowMs?: number;
}

export const SETTINGS_FILE_NAME = 'settings.json';
const DEFAULT_SETTINGS: AppSettings = { language: null, workspacesFolder: null, displayName: null, colorScheme: 'auto', facilitatorProfile: null };

export async function openAppSettings(userDataDir: string, options: AppSettingsOptions = {}): Promise<AppSettingsStore> {
  const context: DurableWriteContext = {
    fs: options.fs ?? nodeFsPort,
    clock: options.clock ?? (() => new Date()),
    sleep: options.sleep ?? realSleep,
    renameRetryWindowMs: options.renameRetryWindowMs ?? 60_000,
  };
  const filePath = path.join(userDataDir, SETTINGS_FILE_NAME);
  await makeFolderDurable(context.fs, userDataDir);
  let current = Object.freeze(await readSettings(filePath, context));
  let writes: Promise<unknown> = Promise.resolve();

  return {
    get: () => current,
    update: async (patch) => {
      const next = Object.freeze(appSettingsSchema.parse({ ...current, ...patch }));
      current = next;
      // Serialised, so an older value can never land after a newer one. Each write holds the whole state, so after a
      // failed write the next one still carries every earlier change.
      const written = writes.then(() => durableWrite(filePath, `${JSON.stringify(next, null, 2)}\n`, context));
      writes = written.catch(() => undefined);
      return written.then(() => next);
    },
  };
}

async function readSettings(filePath: string, context: DurableWriteContext): Promise<AppSettings> {
  let text: string;
  try {
    text = new TextDecoder().decode(await context.fs.readFile(filePath));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return DEFAULT_SETTINGS;
    throw error;
  }
  try {
    return appSettingsSchema.parse(JSON.parse(text));
  } catch {
    const aside = path.join(path.dirname(filePath), `settings.corrupt-${fileStamp(context.clock())}.json`);
    await renameWithRetry(filePath, aside, context);
    return DEFAULT_SETTINGS;
  }
}
