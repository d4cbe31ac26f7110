// Finishes an export in the renderer: a saved file needs only a word, a browser-tab export becomes a download.
import type { ExportResult, OpenExternalResult } from '../../../src-main/domain/views';

function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Returns the file name the user now has, or null when they cancelled the save dialog. */
export function deliverExport(result: ExportResult, doc: Document = document): string | null {
  if (result.kind === 'cancelled') return null;
  if (result.kind === 'saved') return result.fileName;
  const url = URL.createObjectURL(new Blob([bytesFromBase64(result.base64)], { type: result.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return result.fileName;
}

/** Opens a mail draft the main process could not open itself (in a browser tab the browser hands mailto: on). */
export function finishOpenExternal(result: OpenExternalResult, location: Pick<Location, 'assign'> = window.location): void {
  if (result.kind === 'openInRenderer' && /^mailto:/i.test(result.url)) location.assign(result.url);
}
