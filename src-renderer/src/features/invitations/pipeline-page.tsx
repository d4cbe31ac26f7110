// The pipeline tab ("Forløb"): every invitation as a board by state or as a table, new invitations, drafts, settings.
import { Button, SegmentedControl, Stack } from '@mantine/core';
import { IconPlus, IconSettings, IconTimeline } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import type { InvitationBoard } from '../../../../src-main/api/operations/invitations';
import { useNavigationIntent } from '../../ui/navigation';
import { useTranslation } from 'react-i18next';
import type { GroupSectionProps } from '../../layout/group-sections';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { QueryFallback } from '../../ui/query-state';
import { keepUnchangedRows, pipelineRows, suggestedMailKind, type PipelineRow } from './board-model';
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
  // Rows that did not change keep their objects across reloads, and the actions stay the same functions, so the
  // memoised cards of a 2,000-invitation board are not all drawn again after one of them moved.
  // (Derived while drawing, as React suggests for state that follows a prop: https://react.dev/reference/react/useState.)
  const [shown, setShown] = useState<{ board: InvitationBoard | undefined; rows: PipelineRow[] }>({ board: undefined, rows: [] });
  let rows = shown.rows;
  if (shown.board !== board) {
    rows = board ? keepUnchangedRows(shown.rows, pipelineRows(board)) : [];
    setShown({ board, rows });
  }
  const onMove = useCallback(
    (row: PipelineRow, to: PipelineRow['invitation']['state']) =>
      void move({ invitationId: row.invitation.id, speakerName: row.speakerName, from: row.invitation.state }, to),
    [move],
  );
  const onMail = useCallback(
    (row: PipelineRow) => setMail({ invitationId: row.invitation.id, speakerName: row.speakerName, kind: suggestedMailKind(row.invitation.state) }),
    [],
  );

  if (!board) return <QueryFallback query={{ loading, error, reload }} failedTitle={t('loadFailed')} />;
  const actions = { onMove, onMail, onEdit: setEditing };
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

