// A group's page: tabs for the group's sections, the overview first with the group's menu and the features' panels.
import { Tabs } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { startTransition, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../src-main/domain/model';
import { GroupDashboard } from '../features/dashboard/group-dashboard';
import { GroupActionsMenu } from '../features/groups/group-actions-menu';
import type { GroupActions } from '../features/groups/use-group-actions';
import { DASHBOARD_PANELS } from './dashboard-panels';
import { GROUP_SECTIONS, preloadGroupSectionsWhenIdle } from './group-sections';
import { PageLoader } from './page-loader';
import { useNavigation } from '../ui/navigation';

/**
 * Ten tabs on one row from 1280 pixels wide (next to the groups): tighter padding, and icons only where there is room
 * for them; narrower than that, the row scrolls sideways instead of wrapping under itself.
 */
const ROOM_FOR_TAB_ICONS = '(min-width: 1560px)';
const TAB_STYLES = {
  list: { flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'thin' },
  tab: { paddingInline: 9, whiteSpace: 'nowrap', flexShrink: 0 },
  tabSection: { marginInlineEnd: 5 },
} as const;

interface GroupPageProps {
  group: GroupSummary;
  actions: GroupActions;
  onRename: (group: GroupSummary) => void;
}

export function GroupPage({ group, actions, onRename }: GroupPageProps) {
  const { t } = useTranslation();
  const withIcons = useMediaQuery(ROOM_FOR_TAB_ICONS);
  const [sectionId, setSectionId] = useState<string>('overview');
  // The other tabs' code is fetched once the overview is up, so switching tabs later never waits for it.
  useEffect(preloadGroupSectionsWhenIdle, []);
  useNavigation((destination) => startTransition(() => setSectionId(destination.section)));
  return (
    <Tabs
      value={sectionId}
      // A transition: if the chosen page's code is still loading, the current page stays until it is there, rather
      // than a spinner that React would then keep up for at least 300 ms.
      onChange={(next) => startTransition(() => setSectionId(next ?? 'overview'))}
      keepMounted={false}
      variant="outline"
      styles={TAB_STYLES}
    >
      <Tabs.List aria-label={t('dashboard.sectionsLabel')} mb="lg">
        {GROUP_SECTIONS.map(({ id, icon: Icon, Title }) => (
          <Tabs.Tab key={id} value={id} leftSection={withIcons ? <Icon size={15} stroke={1.8} /> : undefined}>
            <Title />
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {GROUP_SECTIONS.map(({ id, Page }) => (
        <Tabs.Panel key={id} value={id}>
          {Page ? (
            <Suspense fallback={<PageLoader />}>
              <Page group={group} />
            </Suspense>
          ) : (
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
              {DASHBOARD_PANELS.map(({ id: panelId, Panel }) => (
                <Suspense key={panelId} fallback={null}>
                  <Panel groupId={group.id} />
                </Suspense>
              ))}
            </GroupDashboard>
          )}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
