// Other devices' presence in the shared folder, for the header's "Mette has the folder open since 10:02".
import type { Handlers } from '../handlers-type';
import type { HandlerContext } from './context';

type PresenceHandlers = Pick<Handlers, 'presence.others'>;

export function presenceHandlers(context: HandlerContext): PresenceHandlers {
  return {
    'presence.others': async () => context.store().otherDevices(),
  };
}
