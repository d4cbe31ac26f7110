// The conflict inbox: same-field changes made on two devices without either knowing of the other (store/merge/).
// Named "sync conflicts" to tell them from the calendar's and the speaker bookings' conflicts.
import { z } from 'zod';
import type { SyncConflictCount, SyncConflictView } from '../../domain/sync-conflicts';
import { entityId } from '../../domain/text';
import { command, query } from './define';
import { groupRef } from './groups';

export const syncConflictOperations = {
  'syncConflicts.counts': query<SyncConflictCount[]>()(z.strictObject({})),
  'syncConflicts.list': query<SyncConflictView[]>()(groupRef),
  /** Keeps one side; answers with the group's remaining conflicts. */
  'syncConflicts.resolve': command<SyncConflictView[]>()(
    z.strictObject({ groupId: entityId, conflictId: z.string().min(1).max(1000), keep: z.enum(['kept', 'other']) }),
  ),
};
