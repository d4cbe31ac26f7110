// The open group's dashboard, reloaded when that group (or the list it belongs to) changes.
import type { AppEvent } from '../../../../src-main/domain/views';
import { groupParts, useApiQuery } from '../../use-api-query';

/** What the dashboard asks for a group; the boot's early read asks the same (layout/boot-reads.ts). */
export const dashboardInput = (groupId: string) => ({ groupId });

export function useDashboard(groupId: string | null) {
  return useApiQuery('groups.dashboard', groupId === null ? null : dashboardInput(groupId), {
    ...groupParts(groupId ?? '', 'group', 'members', 'speakers', 'meetings'),
    also: (event: AppEvent) => event.type === 'groupsChanged',
  });
}
