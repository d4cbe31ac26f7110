// Member operations: the roster, job changes with history, leaving, deleting with undo, CSV import preview and export.
import { z } from 'zod';
import { memberSchema, sectorSchema, type Member } from '../../domain/model';
import { base64Length } from '../../domain/file-limits';
import { MAX_MEMBER_CSV_BYTES, type MemberImportPreview } from '../../domain/member-import';
import { entityId, freeText, isoDate, nameText, shortLineText } from '../../domain/text';
import type { ExportResult } from '../../domain/views';
import { command, query } from './define';
import { groupRef } from './groups';

// A longer string is refused before it is decoded.
const MAX_CSV_BASE64 = base64Length(MAX_MEMBER_CSV_BYTES);

/** A one-line optional text such as an organisation or a title: line breaks and bidi controls never get in. */
export const shortText = shortLineText;

/** Empty, or something that looks like an e-mail address. */
export const emailText = freeText.pipe(z.union([z.literal(''), z.email({ error: 'invalidEmail' })]));

/** The CSV file's bytes as standard base64, capped so a huge file is refused as a validation error. */
export const csvBase64 = z
  .string()
  .max(MAX_CSV_BASE64, { error: 'tooLong' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const memberFields = z
  .strictObject({
    name: nameText,
    email: emailText,
    phone: shortText,
    title: shortText,
    organisation: shortText,
    sector: sectorSchema,
    joined: isoDate.optional(),
    left: isoDate.optional(),
    notes: freeText,
  })
  .refine((fields) => fields.joined === undefined || fields.left === undefined || fields.left >= fields.joined, {
    error: 'leftBeforeJoined',
    path: ['left'],
  });
export type MemberFields = z.output<typeof memberFields>;

const memberRef = z.strictObject({ groupId: entityId, memberId: entityId });

export const memberOperations = {
  'members.list': query<Member[]>()(groupRef),
  'members.create': command<Member>()(z.strictObject({ groupId: entityId, member: memberFields })),
  /** With `jobChangeOn`, a new organisation/title/sector is recorded as a new job and the old one kept in history. */
  'members.update': command<Member>()(
    z.strictObject({ groupId: entityId, memberId: entityId, member: memberFields, jobChangeOn: isoDate.optional() }),
  ),
  'members.setLeft': command<Member>()(
    z.strictObject({ groupId: entityId, memberId: entityId, left: isoDate.nullable() }),
  ),
  /** Returns the removed member, so the renderer can offer undo through members.restore. */
  'members.delete': command<Member>()(memberRef),
  'members.restore': command<Member>()(z.strictObject({ groupId: entityId, member: z.strictObject(memberSchema.shape) })),
  /** Reads a CSV file without writing anything. */
  'members.previewImport': query<MemberImportPreview>()(z.strictObject({ groupId: entityId, base64: csvBase64 })),
  /** Reads the file again against the current roster and adds exactly the rows the preview calls accepted. */
  'members.import': command<{ imported: number }>()(z.strictObject({ groupId: entityId, base64: csvBase64 })),
  'members.exportCsv': command<ExportResult>()(groupRef),
};
