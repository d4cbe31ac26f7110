// Letterhead operations: what a template's placeholders are before export, and the template each group remembers.
import { z } from 'zod';
import { letterheadBase64Schema, type LetterheadCheck, type RememberedLetterhead } from '../../domain/letterhead-fields';
import { entityId, shortLineText } from '../../domain/text';
import { command, query } from './define';
import { groupRef } from './groups';

export const letterheadOperations = {
  /** The placeholders found in a template (docx's own detection), sorted into understood and not; nothing is kept. */
  'letterheads.inspect': query<LetterheadCheck>()(z.strictObject({ letterheadBase64: letterheadBase64Schema })),
  /** The template the group's minutes were last exported on, with its check; null when none is remembered. */
  'letterheads.remembered': query<RememberedLetterhead | null>()(groupRef),
  /** Keeps a template with the group; refuses one that is not a Word document or has no {{body}}. */
  'letterheads.remember': command<RememberedLetterhead>()(
    z.strictObject({ groupId: entityId, fileName: shortLineText, letterheadBase64: letterheadBase64Schema }),
  ),
  /** Forgets the group's template; returns what was forgotten, so an undo can remember it again. */
  'letterheads.forget': command<RememberedLetterhead | null>()(groupRef),
};
