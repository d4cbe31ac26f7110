// Hands an exported document to the host: saved through a dialog in the app, or sent back for a browser download.
import { exportFileName, safeFileStem, type ExportNameParts } from '../../domain/file-names';
import type { ExportResult, OpenExternalResult } from '../../domain/views';
import type { HandlerContext } from './context';

export type ExportedFile = {
  extension: 'docx' | 'ics' | 'csv' | 'eml';
  bytes: Uint8Array;
} & (
  | {
      /** A document of a group: named by exportFileName, which keeps kind, date and version whole and never collides. */
      name: Omit<ExportNameParts, 'otherGroups'>;
    }
  | {
      /** A free title such as a mail's subject, without extension; made safe here, so no export can name a path. */
      title: string;
    }
);

const MIME_TYPES: Record<ExportedFile['extension'], string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ics: 'text/calendar',
  csv: 'text/csv',
  eml: 'message/rfc822',
};

const FILTER_NAMES: Record<ExportedFile['extension'], string> = {
  docx: 'Word',
  ics: 'iCalendar',
  csv: 'CSV',
  eml: 'E-mail',
};

export async function deliverFile(context: HandlerContext, file: ExportedFile): Promise<ExportResult> {
  const fileName = 'name' in file ? documentFileName(context, file.name, file.extension) : `${safeFileStem(file.title, 'dokument')}.${file.extension}`;
  const outcome = await context.host.saveFile({
    suggestedName: fileName,
    bytes: file.bytes,
    filter: { name: FILTER_NAMES[file.extension], extensions: [file.extension] },
  });
  if (outcome.kind === 'saved') return { kind: 'saved', fileName, path: outcome.path };
  if (outcome.kind === 'cancelled') return { kind: 'cancelled' };
  return { kind: 'download', fileName, mimeType: MIME_TYPES[file.extension], base64: Buffer.from(file.bytes).toString('base64') };
}

/** The other groups are asked for, so a group named like another but for case still gets a name of its own. */
function documentFileName(context: HandlerContext, name: Omit<ExportNameParts, 'otherGroups'>, extension: string): string {
  const otherGroups = context
    .store()
    .listGroups()
    .map((group) => group.name);
  return exportFileName({ ...name, otherGroups }, extension);
}

export async function openExternally(context: HandlerContext, url: string): Promise<OpenExternalResult> {
  return (await context.host.openExternal(url)) ? { kind: 'opened' } : { kind: 'openInRenderer', url };
}
