// Runs one minutes export at a time: first the pending edits are saved, then the document is built and delivered.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../src-main/api/contract';
import { useApi } from '../../api-context';
import { deliverExport } from '../../ui/deliver-export';
import { notifyFailure, notifySuccess } from '../../ui/notify';

export type MinutesExportRequest = Omit<InputOf<'minutes.export'>, 'groupId'>;

export function useMinutesExport(groupId: string, flush: () => Promise<void>) {
  const { t } = useTranslation('minutes');
  const { t: tApp } = useTranslation();
  const api = useApi();
  const [running, setRunning] = useState<string | null>(null);

  /** `key` names the button that shows the loading state; resolves true when a file was delivered. */
  const run = async (key: string, request: MinutesExportRequest): Promise<boolean> => {
    setRunning(key);
    try {
      await flush();
      const fileName = deliverExport(await api.call('minutes.export', { groupId, ...request }));
      if (fileName) notifySuccess(t('exports.done', { file: fileName }));
      return fileName !== null;
    } catch (error) {
      notifyFailure(tApp, error);
      return false;
    } finally {
      setRunning(null);
    }
  };

  return { running, run };
}
