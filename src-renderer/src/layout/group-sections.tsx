// The pages of a group, one entry per feature: each feature supplies its icon, its title and its page.
// A feature joins the group's tabs by adding one entry here.
import { IconLayoutDashboard } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../src-main/domain/model';

export interface GroupSectionProps {
  group: GroupSummary;
}

export interface GroupSection {
  id: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Renders the tab's title in the UI language (a component, so each feature reads its own i18n namespace). */
  Title: ComponentType;
  /** The page itself; null for the overview, which the group page draws with the group's menu. */
  Page: ComponentType<GroupSectionProps> | null;
}

function OverviewTitle() {
  const { t } = useTranslation();
  return <>{t('dashboard.sectionTitle')}</>;
}

export const GROUP_SECTIONS: readonly GroupSection[] = [
  { id: 'overview', icon: IconLayoutDashboard, Title: OverviewTitle, Page: null },
];
