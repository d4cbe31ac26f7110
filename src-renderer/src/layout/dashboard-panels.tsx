// Panels that features add to a group's overview (things to do today, open actions, backups), in display order.
// The bigger panels load in their own chunks once the overview's own facts are shown (they fetch their data later anyway).
import type { ComponentType } from 'react';
import { LargeWorkspaceNotice } from '../features/workspace/large-workspace-notice';
import { lazyComponent } from './lazy-component';

export interface DashboardPanelProps {
  groupId: string;
}

export const DASHBOARD_PANELS: readonly { id: string; Panel: ComponentType<DashboardPanelProps> }[] = [
  { id: 'large-workspace', Panel: LargeWorkspaceNotice },
  { id: 'speaker-follow-ups', Panel: lazyComponent(() => import('../features/invitations/follow-ups-panel'), (module) => module.SpeakerFollowUpsPanel) },
  { id: 'follow-up', Panel: lazyComponent(() => import('../features/follow-up/follow-up-panel'), (module) => module.FollowUpPanel) },
  { id: 'backups', Panel: lazyComponent(() => import('../features/workspace/backups-panel'), (module) => module.BackupsPanel) },
];
