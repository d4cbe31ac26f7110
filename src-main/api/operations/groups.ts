// Group operations: the groups list, creating (empty or demo), renaming, archiving, the dashboard.
import { z } from 'zod';
import { languageSchema, type GroupSummary } from '../../domain/model';
import { entityId, nameText } from '../../domain/text';
import type { Dashboard } from '../../domain/views';
import { command, query } from './define';

export const groupRef = z.strictObject({ groupId: entityId });

export const groupOperations = {
  'groups.list': query<GroupSummary[]>('groupList')(z.strictObject({ includeArchived: z.boolean().default(false) })),
  'groups.create': command<GroupSummary>()(z.strictObject({ name: nameText, language: languageSchema })),
  'groups.createDemo': command<GroupSummary>()(z.strictObject({ language: languageSchema })),
  'groups.rename': command<GroupSummary>()(z.strictObject({ groupId: entityId, name: nameText })),
  'groups.setArchived': command<GroupSummary>()(z.strictObject({ groupId: entityId, archived: z.boolean() })),
  'groups.dashboard': query<Dashboard>('groupList')(groupRef),
};
