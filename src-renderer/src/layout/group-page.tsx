// A group's page: its dashboard with the group's menu, and its backups below.
import type { GroupSummary } from '../../../src-main/domain/model';
import { GroupDashboard } from '../features/dashboard/group-dashboard';
import { GroupActionsMenu } from '../features/groups/group-actions-menu';
import type { GroupActions } from '../features/groups/use-group-actions';
import { BackupsPanel } from '../features/workspace/backups-panel';

interface GroupPageProps {
  group: GroupSummary;
  actions: GroupActions;
  onRename: (group: GroupSummary) => void;
}

export function GroupPage({ group, actions, onRename }: GroupPageProps) {
  return (
    <GroupDashboard
      groupId={group.id}
      actions={
        <GroupActionsMenu
          group={group}
          onRename={onRename}
          onArchive={actions.archive}
          onUnarchive={(target) => void actions.unarchive(target)}
        />
      }
    >
      <BackupsPanel groupId={group.id} />
    </GroupDashboard>
  );
}
