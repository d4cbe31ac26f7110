// The pipeline tab ("Forløb"): every invitation as a board by state or as a table, new invitations, drafts, settings.
import { Button, SegmentedControl, Stack } from '@mantine/core';
import { IconPlus, IconSettings, IconTimeline } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNavigationIntent } from '../../ui/navigation';
import { useTranslation } from 'react-i18next';
import type { GroupSectionProps } from '../../layout/group-sections';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { QueryFallback } from '../../ui/query-state';
import { pipelineRows, suggestedMailKind, type PipelineRow } from './board-model';
import { EditInvitationModal } from './edit-invitation-modal';
import { InvitationsTable } from './invitations-table';
import { MailDraftModal, type MailTarget } from './mail-draft-modal';
import { NewInvitationModal } from './new-invitation-modal';
import { PeopleSettingsModal } from './people-settings-modal';
import { PipelineBoard } from './pipeline-board';
import { useMoveInvitation } from './use-move-invitation';
import { usePipeline } from './use-pipeline';

export function PipelinePage({ group }: GroupSectionProps) {
  const { t } = useTranslation('invitations');
  const { data: board, error, loading, reload } = usePipeline(group.id);
  const move = useMoveInvitation(group.id);
  const [view, setView] = useState<'board' | 'table'>('board');
  const [creating, setCreating] = useState(false);
  useNavigationIntent(group.id, ['newInvitation'], () => setCreating(true));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [mail, setMail] = useState<MailTarget | null>(null);
  const [editing, setEditing] = useState<PipelineRow | null>(null);
  const rows = useMemo(() => (board ? pipelineRows(board) : []), [board]);

  if (!board) return <QueryFallback query={{ loading, error, reload }} failedTitle={t('loadFailed')} />;
  const actions = {
    onMove: (row: PipelineRow, to: PipelineRow['invitation']['state']) =>
      void move({ invitationId: row.invitation.id, speakerName: row.speakerName, from: row.invitation.state }, to),
    onMail: (row: PipelineRow) =>
      setMail({ invitationId: row.invitation.id, speakerName: row.speakerName, kind: suggestedMailKind(row.invitation.state) }),
    onEdit: setEditing,
  };
  return (
    <Stack gap="lg">
      <PageHeader title={t('heading')} subtitle={t('intro')}>
        <SegmentedControl
          aria-label={t('view.label')}
          value={view}
          onChange={(value) => setView(value === 'table' ? 'table' : 'board')}
          data={[
            { value: 'board', label: t('view.board') },
            { value: 'table', label: t('view.table') },
          ]}
        />
        <Button variant="default" leftSection={<IconSettings size={16} />} onClick={() => setSettingsOpen(true)}>
          {t('settings')}
        </Button>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('newInvitation')}
        </Button>
      </PageHeader>
      {rows.length === 0 ? (
        <EmptyState icon={IconTimeline} message={t('empty')} />
      ) : view === 'board' ? (
        <PipelineBoard rows={rows} {...actions} />
      ) : (
        <InvitationsTable rows={rows} {...actions} />
      )}
      <NewInvitationModal opened={creating} groupId={group.id} board={board} onClose={() => setCreating(false)} />
      <MailDraftModal groupId={group.id} target={mail} onClose={() => setMail(null)} />
      <EditInvitationModal groupId={group.id} row={editing} meetings={board.meetings} onClose={() => setEditing(null)} />
      <PeopleSettingsModal opened={settingsOpen} groupId={group.id} groupLanguage={group.language} onClose={() => setSettingsOpen(false)} />
    </Stack>
  );
}

