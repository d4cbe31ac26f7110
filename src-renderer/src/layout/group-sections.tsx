// The pages of a group, one entry per feature: each feature supplies its icon, its title and its page.
// A feature joins the group's tabs by adding one entry here.
// Each page is its own chunk, loaded when its tab is first shown (or when the browser is idle), so opening the app
// parses only the overview; the tab titles come from the features' text namespaces, which are loaded up front.
import { IconCalendarEvent, IconLayoutDashboard, IconUsers } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../src-main/domain/model';
import { IconListDetails } from '@tabler/icons-react';
import { IconMicrophone, IconTimeline } from '@tabler/icons-react';
import { IconChecklist, IconNotes } from '@tabler/icons-react';
import { IconPlayerPlay } from '@tabler/icons-react';
import { IconHistory } from '@tabler/icons-react';
import type { FEATURE_NAMESPACES } from '../i18n/feature-namespaces';
import { lazyComponent, type LazyComponent } from './lazy-component';
import { whenIdle } from './when-idle';

export interface GroupSectionProps {
  group: GroupSummary;
}

export interface GroupSection {
  id: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Renders the tab's title in the UI language (a component, so each feature reads its own i18n namespace). */
  Title: ComponentType;
  /** The page itself, loaded on demand; null for the overview, which the group page draws with the group's menu. */
  Page: LazyComponent<GroupSectionProps> | null;
}

type Namespace = keyof typeof FEATURE_NAMESPACES;

/** A tab title from a feature's namespace, so the tab list needs none of the feature's page code. */
function featureTitle<N extends Namespace>(namespace: N, key: keyof (typeof FEATURE_NAMESPACES)[N]['da'] & string): ComponentType {
  function FeatureTitle() {
    const { t } = useTranslation(namespace);
    return <>{(t as (key: string) => string)(key)}</>;
  }
  return FeatureTitle;
}

function OverviewTitle() {
  const { t } = useTranslation();
  return <>{t('dashboard.sectionTitle')}</>;
}

export const GROUP_SECTIONS: readonly GroupSection[] = [
  { id: 'overview', icon: IconLayoutDashboard, Title: OverviewTitle, Page: null },
  {
    id: 'meetings',
    icon: IconCalendarEvent,
    Title: featureTitle('meetings', 'tab'),
    Page: lazyComponent(() => import('../features/meetings/meetings-page'), (module) => module.MeetingsPage),
  },
  {
    id: 'agenda',
    icon: IconListDetails,
    Title: featureTitle('agenda', 'tab'),
    Page: lazyComponent(() => import('../features/agenda/agenda-page'), (module) => module.AgendaPage),
  },
  {
    id: 'members',
    icon: IconUsers,
    Title: featureTitle('members', 'tab'),
    Page: lazyComponent(() => import('../features/members/members-page'), (module) => module.MembersPage),
  },
  {
    id: 'speakers',
    icon: IconMicrophone,
    Title: featureTitle('speakers', 'tab'),
    Page: lazyComponent(() => import('../features/speakers/speakers-page'), (module) => module.SpeakersPage),
  },
  {
    id: 'pipeline',
    icon: IconTimeline,
    Title: featureTitle('invitations', 'tab'),
    Page: lazyComponent(() => import('../features/invitations/pipeline-page'), (module) => module.PipelinePage),
  },
  {
    id: 'minutes',
    icon: IconNotes,
    Title: featureTitle('minutes', 'sectionTitle'),
    Page: lazyComponent(() => import('../features/minutes/minutes-page'), (module) => module.MinutesPage),
  },
  {
    id: 'live-meeting',
    icon: IconPlayerPlay,
    Title: featureTitle('liveMeeting', 'sectionTitle'),
    Page: lazyComponent(() => import('../features/live-meeting/live-meeting-page'), (module) => module.LiveMeetingPage),
  },
  {
    id: 'follow-up',
    icon: IconChecklist,
    Title: featureTitle('followUp', 'sectionTitle'),
    Page: lazyComponent(() => import('../features/follow-up/follow-up-page'), (module) => module.FollowUpPage),
  },
  {
    id: 'history',
    icon: IconHistory,
    Title: featureTitle('history', 'tab'),
    Page: lazyComponent(() => import('../features/history/history-page'), (module) => module.HistoryPage),
  },
];

/**
 * Loads the pages' chunks one by one, each when the browser is idle, so a tab chosen later opens without waiting for
 * its code, and no moment is spent evaluating all of them at once. Returns a function that stops the rest.
 */
export function preloadGroupSectionsWhenIdle(): () => void {
  const pages = GROUP_SECTIONS.flatMap(({ Page }) => (Page ? [Page] : []));
  let stopped = false;
  let cancelWaiting: () => void = () => undefined;
  const preloadFrom = (position: number) => {
    const page = pages[position];
    if (stopped || !page) return;
    cancelWaiting = whenIdle(() => void page.preload().finally(() => preloadFrom(position + 1)));
  };
  preloadFrom(0);
  return () => {
    stopped = true;
    cancelWaiting();
  };
}
