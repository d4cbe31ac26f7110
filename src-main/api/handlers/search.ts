// The search across groups and years: the index service answers; handlers only hand the parsed input over.
import type { HandlersFor } from '../handlers-type';
import type { searchOperations } from '../operations/search';
import type { HandlerContext } from './context';

export function searchHandlers(context: HandlerContext): HandlersFor<typeof searchOperations> {
  return {
    'search.run': async (input) => context.search.search(input),
  };
}
