// Follow-up operations: the group's actions across meetings, the theme backlog with dot votes, and the follow-up item
// the next agenda is offered.
import { z } from 'zod';
import type { ActionLists, FollowUpProposal } from '../../domain/actions';
import type { FollowUpGlance } from '../../domain/follow-up-glance';
import { DOT_BUDGET, type Action, type Theme } from '../../domain/minutes-model';
import { entityId, nameText } from '../../domain/text';
import { command, query } from './define';
import { groupRef } from './groups';
import type { MinutesPerson } from './minutes';

export interface FollowUpMeeting {
  id: string;
  date: string;
  theme: string;
}

export interface FollowUpOverview {
  today: string;
  dotBudget: number;
  members: MinutesPerson[];
  /** Every meeting, in date order, to name where an action came from and where a theme goes. */
  meetings: FollowUpMeeting[];
  actions: ActionLists;
  /** Waiting themes ranked by dots, then chosen ones, then done ones. */
  themes: Theme[];
  /** The first meeting from today on: where a theme chosen now goes by default. */
  nextMeetingId: string | null;
}

export const followUpOperations = {
  'followUp.overview': query<FollowUpOverview>()(groupRef),
  /** The counts and the most overdue action the group overview shows, without the lists (~0.2 kB, not ~0.5 MB). */
  'followUp.glance': query<FollowUpGlance>()(groupRef),
  'followUp.proposal': query<FollowUpProposal | null>()(z.strictObject({ groupId: entityId, meetingId: entityId })),
  'actions.setDone': command<Action>()(z.strictObject({ groupId: entityId, actionId: entityId, done: z.boolean() })),
  'themes.raise': command<Theme[]>()(
    z.strictObject({ groupId: entityId, title: nameText, raisedByMemberId: entityId.optional(), meetingId: entityId.optional() }),
  ),
  'themes.setDots': command<Theme[]>()(
    z.strictObject({ groupId: entityId, themeId: entityId, memberId: entityId, dots: z.int().min(0).max(DOT_BUDGET) }),
  ),
  /** Chooses a waiting theme, or a new title (raised and chosen at once), for `meetingId`. */
  'themes.choose': command<Theme[]>()(
    z
      .strictObject({ groupId: entityId, meetingId: entityId, themeId: entityId.optional(), title: nameText.optional() })
      .refine((input) => (input.themeId === undefined) !== (input.title === undefined), { error: 'themeOrTitle' }),
  ),
  'themes.remove': command<Theme[]>()(z.strictObject({ groupId: entityId, themeId: entityId })),
};
