// Panels that features add to a group's overview (things to do today, open actions, backups), in display order.
// The bigger panels load in their own chunks once the overview's own facts are shown (they fetch their data later anyway).
import { memo, type ComponentType } from 'react';
import { LargeWorkspaceNotice } from '../features/workspace/large-workspace-notice';
import { lazyComponent } from './lazy-component';

export interface DashboardPanelProps {
  groupId: string;
}

// Memoised: a panel depends on its group id and its own queries, so the overview redrawing around it (a restore changes
// the group's summary and the navigation) does not redraw its lists (the speaker follow-ups held ~500 items).
export const DASHBOARD_PANELS: readonly { id: string; Panel: ComponentType<DashboardPanelProps> }[] = [
  { id: 'large-workspace', Panel: memo(LargeWorkspaceNotice) },
  { id: 'speaker-follow-ups', Panel: memo(lazyComponent(() => import('../features/invitations/follow-ups-panel'), (module) => module.SpeakerFollowUpsPanel)) },
  { id: 'follow-up', Panel: memo(lazyComponent(() => import('../features/follow-up/follow-up-panel'), (module) => module.FollowUpPanel)) },
  { id: 'backups', Panel: memo(lazyComponent(() => import('../features/workspace/backups-panel'), (module) => module.BackupsPanel)) },
];
