// Who else has the workspaces folder open: other devices (a co-facilitator, one's other computer) sharing it; and the
// name this device shows them.
import { z } from 'zod';
import type { DevicePresence } from '../../domain/presence';
import { command, query } from './define';

/** The name chosen in the settings; null shows the computer's user name. */
export interface DeviceName {
  displayName: string | null;
}

export const presenceOperations = {
  'presence.others': query<DevicePresence[]>()(z.strictObject({})),
  'presence.name': query<DeviceName>()(z.strictObject({})),
  'presence.setName': command<DeviceName>()(z.strictObject({ displayName: z.string().trim().max(100).nullable() })),
};
