// The pages of a group, one entry per feature: each feature supplies its icon, its title and its page.
// A feature joins the group's tabs by adding one entry here.
import { IconCalendarEvent, IconLayoutDashboard, IconUsers } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../src-main/domain/model';
import { MeetingsPage, MeetingsTitle } from '../features/meetings/meetings-page';
import { AgendaPage, AgendaTitle } from '../features/agenda/agenda-page';
import { IconListDetails } from '@tabler/icons-react';
import { MembersPage, MembersTitle } from '../features/members/members-page';
import { SpeakersPage, SpeakersTitle } from '../features/speakers/speakers-page';
import { PipelinePage, PipelineTitle } from '../features/invitations/pipeline-page';
import { IconMicrophone, IconTimeline } from '@tabler/icons-react';
import { MinutesPage, MinutesTitle } from '../features/minutes/minutes-page';
import { FollowUpPage, FollowUpTitle } from '../features/follow-up/follow-up-page';
import { IconChecklist, IconNotes } from '@tabler/icons-react';

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
  { id: 'meetings', icon: IconCalendarEvent, Title: MeetingsTitle, Page: MeetingsPage },
  { id: 'agenda', icon: IconListDetails, Title: AgendaTitle, Page: AgendaPage },
  { id: 'members', icon: IconUsers, Title: MembersTitle, Page: MembersPage },
  { id: 'speakers', icon: IconMicrophone, Title: SpeakersTitle, Page: SpeakersPage },
  { id: 'pipeline', icon: IconTimeline, Title: PipelineTitle, Page: PipelinePage },
  { id: 'minutes', icon: IconNotes, Title: MinutesTitle, Page: MinutesPage },
  { id: 'follow-up', icon: IconChecklist, Title: FollowUpTitle, Page: FollowUpPage },
];
