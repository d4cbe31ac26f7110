// Other devices' presence in the shared folder, for the header's "Mette has the folder open since 10:02", and the
// name this device shows them (kept in the settings, read by the store at every heartbeat).
import type { HandlersFor } from '../handlers-type';
import type { presenceOperations } from '../operations/presence';
import type { HandlerContext } from './context';

export function presenceHandlers(context: HandlerContext): HandlersFor<typeof presenceOperations> {
  return {
    'presence.others': async () => context.store().otherDevices(),
    'presence.name': async () => ({ displayName: context.settings.get().displayName }),
    'presence.setName': async ({ displayName }) => {
      const saved = await context.settings.update({ displayName: displayName || null });
      return { displayName: saved.displayName };
    },
  };
}
