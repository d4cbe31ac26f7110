// Who else has the workspaces folder open: other devices (a co-facilitator, one's other computer) sharing it.
import { z } from 'zod';
import type { DevicePresence } from '../../domain/presence';
import { query } from './define';

export const presenceOperations = {
  'presence.others': query<DevicePresence[]>()(z.strictObject({})),
};
