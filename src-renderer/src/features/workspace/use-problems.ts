// Workspace problems and the two ways out of them: restore the newest good backup, or dismiss the notice.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceProblem } from '../../../../src-main/domain/views';
import { useApi } from '../../api-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { useApiQuery } from '../../use-api-query';

export function useProblems(onRestored: (groupId: string) => void) {
  const api = useApi();
  const { t } = useTranslation();
  const query = useApiQuery('problems.list', {}, (event) => event.type === 'problemsChanged');
  const { replace, reload } = query;

  const restoreNewestBackup = useCallback(
    async (problem: WorkspaceProblem) => {
      try {
        const group = await api.call('problems.restoreNewestBackup', { problemId: problem.id });
        notifySuccess(t('problems.restored', { name: group.name }));
        onRestored(group.id);
        reload();
      } catch (error) {
        notifyFailure(t, error);
      }
    },
    [api, onRestored, reload, t],
  );

  const dismiss = useCallback(
    async (problem: WorkspaceProblem) => {
      try {
        replace(await api.call('problems.dismiss', { problemId: problem.id }));
      } catch (error) {
        notifyFailure(t, error);
      }
    },
    [api, replace, t],
  );

  return { problems: query.data ?? [], restoreNewestBackup, dismiss };
}
