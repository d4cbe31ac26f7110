// Letterheads: the placeholder check before export, and the template each group remembers (an optional group field).
import { AppError } from '../../domain/errors';
import type { GroupLetterhead, RememberedLetterhead } from '../../domain/letterhead-fields';
import { inspectLetterheadDocx } from '../../export/letterhead';
import type { HandlersFor } from '../handlers-type';
import type { letterheadOperations } from '../operations/letterheads';
import type { HandlerContext } from './context';

const bytesOf = (base64: string) => Uint8Array.from(Buffer.from(base64, 'base64'));

async function withCheck(letterhead: GroupLetterhead): Promise<RememberedLetterhead> {
  return { ...letterhead, check: await inspectLetterheadDocx(bytesOf(letterhead.base64)) };
}

export function letterheadHandlers(context: HandlerContext): HandlersFor<typeof letterheadOperations> {
  return {
    'letterheads.inspect': async ({ letterheadBase64 }) => inspectLetterheadDocx(bytesOf(letterheadBase64)),
    'letterheads.remembered': async ({ groupId }) => {
      const letterhead = context.store().get(groupId).group.letterhead;
      if (!letterhead) return null;
      try {
        return await withCheck(letterhead);
      } catch {
        // A remembered file another device damaged is simply not offered; the dialog asks for a template again.
        return null;
      }
    },
    'letterheads.remember': async ({ groupId, fileName, letterheadBase64 }) => {
      const remembered = await withCheck({ fileName, base64: letterheadBase64 });
      if (!remembered.check.hasBody) throw new AppError('validation', { field: 'letterhead', reason: 'missingBodyPlaceholder' });
      await context.store().update(groupId, (draft) => {
        draft.group.letterhead = { fileName, base64: letterheadBase64 };
      });
      return remembered;
    },
    'letterheads.forget': async ({ groupId }) => {
      const forgotten = context.store().get(groupId).group.letterhead;
      if (!forgotten) return null;
      await context.store().update(groupId, (draft) => {
        delete draft.group.letterhead;
      });
      return withCheck(forgotten).catch(() => null);
    },
  };
}
