// Panels that features add to a group's overview (things to do today, open actions, backups), in display order.
import type { ComponentType } from 'react';
import { BackupsPanel } from '../features/workspace/backups-panel';
import { LargeWorkspaceNotice } from '../features/workspace/large-workspace-notice';
import { SpeakerFollowUpsPanel } from '../features/invitations/follow-ups-panel';
import { FollowUpPanel } from '../features/follow-up/follow-up-panel';

export interface DashboardPanelProps {
  groupId: string;
}

export const DASHBOARD_PANELS: readonly { id: string; Panel: ComponentType<DashboardPanelProps> }[] = [
  { id: 'large-workspace', Panel: LargeWorkspaceNotice },
  { id: 'speaker-follow-ups', Panel: SpeakerFollowUpsPanel },
  { id: 'follow-up', Panel: FollowUpPanel },
  { id: 'backups', Panel: BackupsPanel },
];
