// Live meeting operations ("Mødetilstand"): the meeting of the day, moving through its agenda, the rounds, one-key
// captures into the minutes, the pacing report afterwards, and the projector's view that never carries minutes.
import { z } from 'zod';
import type { AgendaItemKind, AgendaTemplate } from '../../domain/agenda-model';
import { roundOrderSchema, roundOutcomeSchema, type LiveMeeting } from '../../domain/live-meeting-model';
import type { PacingReport } from '../../domain/live-meeting-timing';
import type { Language, Meeting } from '../../domain/model';
import { entityId, freeText, isoDate, nameText } from '../../domain/text';
import type { PersonEntry } from '../../domain/people';
import { command, query } from './define';
import { groupRef } from './groups';

export type LiveMeetingFacts = Pick<Meeting, 'id' | 'date' | 'startTime' | 'endTime' | 'kind' | 'theme' | 'hostOrganisation'>;

/** An agenda item as live mode needs it: no notes, so neither view can show them by accident. */
export interface LiveAgendaItem {
  id: string;
  title: string;
  kind: AgendaItemKind;
  durationMinutes: number;
}

export interface LiveMeetingChoice extends LiveMeetingFacts {
  started: boolean;
  finished: boolean;
}

/** Which meeting live mode should open: one already running, else today's, else none (with the next one offered). */
export interface LiveOverview {
  today: string;
  running: LiveMeetingChoice[];
  todays: LiveMeetingChoice[];
  next: LiveMeetingChoice | null;
}

/** What the projector shows: the agenda, the item on, its clock and the speaking order — never minutes or notes. */
export interface PresenterView {
  language: Language;
  groupName: string;
  meeting: LiveMeetingFacts;
  agenda: LiveAgendaItem[];
  live: LiveMeeting | null;
  /** Names of everyone who may be in a speaking order, by member id. */
  names: Record<string, string>;
}

/** The facilitator's live screen: the projector's view plus what was captured, the round lines and the people. */
export interface LiveView extends PresenterView {
  members: PersonEntry[];
  /** Members marked absent or excused in the minutes, left out of new rounds. */
  awayMemberIds: string[];
  roundLines: { checkInRound: Record<string, string>; closingRound: Record<string, string> };
  decisions: { id: string; text: string; agendaItemId?: string }[];
  actions: { id: string; text: string; due: string; ownerMemberId?: string }[];
  themesRaised: { id: string; title: string }[];
  /** The default due date of a captured action: the next meeting's date, or a quarter later when none is planned. */
  defaultDue: string;
}

export interface LivePacing {
  language: Language;
  meeting: LiveMeetingFacts;
  report: PacingReport<LiveAgendaItem>;
  /** The group's own templates for this kind of meeting, which the actual lengths can be carried into. */
  templates: Pick<AgendaTemplate, 'id' | 'name'>[];
}

const meetingRef = z.strictObject({ groupId: entityId, meetingId: entityId });
const withMeeting = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject({ groupId: entityId, meetingId: entityId, ...shape });
const entryText = freeText.pipe(z.string().min(1, { error: 'required' }));

export const liveCaptureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('decision'), text: entryText }),
  z.strictObject({
    kind: z.literal('action'),
    text: entryText,
    ownerMemberId: entityId.optional(),
    due: isoDate.optional(),
  }),
  z.strictObject({ kind: z.literal('theme'), text: nameText }),
]);
export type LiveCapture = z.infer<typeof liveCaptureSchema>;

export const liveOperations = {
  'live.overview': query<LiveOverview>()(groupRef),
  'live.get': query<LiveView>()(meetingRef),
  'live.presenter': query<PresenterView>()(meetingRef),
  'live.start': command<LiveView>()(meetingRef),
  'live.next': command<LiveView>()(meetingRef),
  'live.extend': command<LiveView>()(meetingRef),
  'live.park': command<LiveView>()(meetingRef),
  /** Takes back the last "next" or "park" while the item it brought on has done nothing of its own. */
  'live.undoMove': command<LiveView>()(meetingRef),
  'live.takeUp': command<LiveView>()(withMeeting({ agendaItemId: entityId })),
  'live.setSecondsPerPerson': command<LiveView>()(withMeeting({ seconds: z.int().min(10).max(3600) })),
  'live.roundStart': command<LiveView>()(withMeeting({ order: roundOrderSchema })),
  'live.roundAdvance': command<LiveView>()(withMeeting({ outcome: roundOutcomeSchema })),
  'live.roundBack': command<LiveView>()(meetingRef),
  /** A member's line in the round of `agendaItemId`, saved as typed; empty text removes the entry. */
  'live.roundLine': command<{ updatedAt: string }>()(withMeeting({ agendaItemId: entityId, memberId: entityId, text: freeText })),
  /** Lands at `agendaItemId`: the item that was on when the facilitator pressed the key. */
  'live.capture': command<LiveView>()(withMeeting({ agendaItemId: entityId, capture: liveCaptureSchema })),
  'live.finish': command<LiveView>()(meetingRef),
  'live.pacing': query<LivePacing>()(meetingRef),
  'live.carryDurations': command<Pick<AgendaTemplate, 'id' | 'name'>>()(
    withMeeting({
      target: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('existing'), templateId: entityId }),
        z.strictObject({ kind: z.literal('new'), name: nameText }),
      ]),
    }),
  ),
  /** Opens the projector's window (Electron) or tells the renderer which page to open (web host). */
  'live.openPresenter': command<{ kind: 'opened' } | { kind: 'openInRenderer'; hash: string }>()(meetingRef),
};
