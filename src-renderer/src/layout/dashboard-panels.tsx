// Panels that features add to a group's overview (things to do today, open actions, backups), in display order.
import type { ComponentType } from 'react';
import { BackupsPanel } from '../features/workspace/backups-panel';

export interface DashboardPanelProps {
  groupId: string;
}

export const DASHBOARD_PANELS: readonly { id: string; Panel: ComponentType<DashboardPanelProps> }[] = [
  { id: 'backups', Panel: BackupsPanel },
];
