// Saving exported documents and opening mail drafts from the Electron app, behind the Host interface.
import { shell, dialog, type BrowserWindow } from 'electron';
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
