// Other devices' presence in the shared folder, for the header's "Mette has the folder open since 10:02".
import type { HandlersFor } from '../handlers-type';
import type { presenceOperations } from '../operations/presence';
import type { HandlerContext } from './context';

export function presenceHandlers(context: HandlerContext): HandlersFor<typeof presenceOperations> {
  return {
    'presence.others': async () => context.store().otherDevices(),
  };
}
