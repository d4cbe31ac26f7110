// The conflict inbox's data: how many conflicts wait per group (for the banner), a group's conflicts, and keeping one
// side. Refreshed when a group changes: a merge is what brings new conflicts in.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflictView } from '../../../../src-main/domain/sync-conflicts';
import type { AppEvent } from '../../../../src-main/domain/views';
import { useApi } from '../../api-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { useApiQuery } from '../../use-api-query';

const groupMoved = (event: AppEvent) => event.type === 'groupChanged' || event.type === 'groupsChanged';

export function useSyncConflictCounts() {
  return useApiQuery('syncConflicts.counts', {}, groupMoved);
}

export function useGroupSyncConflicts(groupId: string) {
  const api = useApi();
  const { t } = useTranslation('syncConflicts');
  const { t: tErrors } = useTranslation();
  const query = useApiQuery('syncConflicts.list', { groupId }, groupMoved);
  const { replace } = query;
  const keep = useCallback(
    async (conflict: SyncConflictView, side: 'kept' | 'other', fieldLabel: string) => {
      try {
        replace(await api.call('syncConflicts.resolve', { groupId, conflictId: conflict.id, keep: side }));
        notifySuccess(t('card.settled', { field: fieldLabel }));
      } catch (error) {
        notifyFailure(tErrors, error);
      }
    },
    [api, groupId, replace, t, tErrors],
  );
  return { conflicts: query.data, error: query.error, keep };
}
