// The command palette's index: one small entry per group, built by the domain from each open group's workspace.
import { paletteIndexOf } from '../../domain/palette-index';
import { localIsoDate } from '../../domain/summaries';
import type { HandlersFor } from '../handlers-type';
import type { paletteOperations } from '../operations/palette';
import type { HandlerContext } from './context';

export function paletteHandlers(context: HandlerContext): HandlersFor<typeof paletteOperations> {
  return {
    'palette.index': async () => {
      const today = localIsoDate(context.now());
      return context
        .store()
        .listGroups()
        .filter((summary) => !summary.archived)
        .map((summary) => paletteIndexOf(context.store().get(summary.id), today));
    },
  };
}
