// The contract's implementation, assembled from one module per area. The type makes a missing method a compile error.
import type { Handlers } from './handlers-type';
import type { HandlerContext } from './handlers/context';
import { appHandlers } from './handlers/app';
import { groupHandlers } from './handlers/groups';
import { safekeepingHandlers } from './handlers/safekeeping';

export function createHandlers(context: HandlerContext): Handlers {
  return {
    ...appHandlers(context),
    ...groupHandlers(context),
    ...safekeepingHandlers(context),
  };
}
