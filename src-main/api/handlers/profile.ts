// The facilitator's profile on this device, kept in the app settings (not in any group's file: it is who sits here).
import { facilitatorProfileSchema } from '../../domain/facilitator-profile';
import type { HandlersFor } from '../handlers-type';
import type { profileOperations } from '../operations/profile';
import type { HandlerContext } from './context';

export function profileHandlers(context: HandlerContext): HandlersFor<typeof profileOperations> {
  return {
    'profile.get': async () => ({ profile: context.settings.get().facilitatorProfile }),
    'profile.save': async (input) => {
      const saved = await context.settings.update({ facilitatorProfile: facilitatorProfileSchema.parse(input) });
      return { profile: saved.facilitatorProfile };
    },
  };
}
