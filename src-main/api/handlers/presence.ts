// Other devices' presence in the shared folder, for the header's "Mette has the folder open since 10:02", and the
// name this device shows them (kept in the settings, read by the store at every heartbeat).
import type { Handlers } from '../handlers-type';
import type { HandlerContext } from './context';

type PresenceHandlers = Pick<Handlers, 'presence.others' | 'presence.name' | 'presence.setName'>;

export function presenceHandlers(context: HandlerContext): PresenceHandlers {
  return {
    'presence.others': async () => context.store().otherDevices(),
    'presence.name': async () => ({ displayName: context.settings.get().displayName }),
    'presence.setName': async ({ displayName }) => {
      const saved = await context.settings.update({ displayName: displayName || null });
      return { displayName: saved.displayName };
    },
  };
}
