// One meeting in live mode: loads its live screen and keeps it fresh when another window changes it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IconListDetails } from '@tabler/icons-react';
import { EmptyState } from '../../ui/empty-state';
import { QueryFallback } from '../../ui/query-state';
import { useApiQuery } from '../../use-api-query';
import { LiveMeetingBoard } from './live-meeting-board';

export function LiveMeetingScreen({ groupId, meetingId }: { groupId: string; meetingId: string }) {
  const { t } = useTranslation('liveMeeting');
  const meeting = useMemo(() => ({ groupId, meetingId }), [groupId, meetingId]);
  const view = useApiQuery('live.get', meeting, (event) => event.type === 'groupChanged' && event.groupId === groupId);
  if (!view.data) return <QueryFallback query={view} failedTitle={t('loadFailed')} />;
  if (view.data.agenda.length === 0) return <EmptyState icon={IconListDetails} message={t('noAgenda')} hint={t('noAgendaHint')} maw={720} />;
  return <LiveMeetingBoard meeting={meeting} view={view.data} onView={view.replace} />;
}
