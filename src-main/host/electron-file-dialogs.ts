// Saving exported documents and opening mail drafts from the Electron app, behind the Host interface.
import { app, shell, dialog, type BrowserWindow } from 'electron';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from '../store/durable-write';
import { safeExternalUrl } from '../security/navigation';
import type { SaveFileOutcome, SaveFileRequest } from './host';

export async function saveWithDialog(parent: BrowserWindow | null, request: SaveFileRequest): Promise<SaveFileOutcome> {
  const options = { defaultPath: request.suggestedName, filters: [request.filter] };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { kind: 'cancelled' };
  const target = path.resolve(result.filePath);
  await writeFileDurably(target, request.bytes);
  return { kind: 'saved', path: target };
}

export async function openOutside(url: string): Promise<boolean> {
  const allowed = safeExternalUrl(url);
  if (!allowed) return false;
  await shell.openExternal(allowed);
  return true;
}

/** The file in a folder of its own under the system's temp folder, opened by the program registered for its type. */
export async function openWithSystem(fileName: string, bytes: Uint8Array): Promise<boolean> {
  const folder = await mkdtemp(path.join(app.getPath('temp'), 'netvaerk-mail-'));
  const target = path.join(folder, path.basename(fileName));
  await writeFileDurably(target, bytes);
  // openPath resolves to an error message, empty on success.
  return (await shell.openPath(target)) === '';
}
