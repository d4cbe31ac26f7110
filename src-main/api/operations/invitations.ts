// Invitation operations: the pipeline board, conflict checks before saving, state moves, mail drafts, follow-ups.
import { z } from 'zod';
import type { Meeting, Member, Speaker } from '../../domain/model';
import type { FollowUp } from '../../domain/follow-ups';
import type { InvitationConflict } from '../../domain/invitation-conflicts';
import type { MailDraft } from '../../domain/mail-drafts';
import {
  invitationStateSchema,
  mailKindSchema,
  type GroupPeopleSettings,
  type Invitation,
  type MailKind,
} from '../../domain/speaker-model';
import { entityId, freeText, nameText } from '../../domain/text';
import type { ExportResult, OpenExternalResult } from '../../domain/views';
import { command, query } from './define';
import { groupRef } from './groups';
import { emailText, shortText } from './members';

/** Either a speaker already in the directory or a new one named while suggesting the talk. */
export const speakerChoice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('existing'), speakerId: entityId }),
  z.strictObject({ kind: z.literal('new'), name: nameText, organisation: shortText, email: emailText }),
]);

export const invitationDraft = z.strictObject({
  groupId: entityId,
  speaker: speakerChoice,
  meetingId: entityId.optional(),
  topic: freeText,
  suggestedByMemberId: entityId.optional(),
  notes: freeText,
});
export type InvitationDraft = z.output<typeof invitationDraft>;

const stateMove = z.strictObject({ groupId: entityId, invitationId: entityId, to: invitationStateSchema });
const invitationChange = z.strictObject({
  groupId: entityId,
  invitationId: entityId,
  meetingId: entityId.nullable(),
  topic: freeText,
  notes: freeText,
});
export type InvitationChange = z.output<typeof invitationChange>;
const mailRequest = z.strictObject({ groupId: entityId, invitationId: entityId, kind: mailKindSchema });

const templateInput = z.strictObject({ subject: freeText, body: freeText });

/** Everything the board and the table draw, in one answer. */
export interface InvitationBoard {
  invitations: Invitation[];
  speakers: Speaker[];
  meetings: Pick<Meeting, 'id' | 'date' | 'theme' | 'hostOrganisation'>[];
  members: Pick<Member, 'id' | 'name'>[];
}

export interface MailDraftView extends MailDraft {
  kind: MailKind;
  language: 'da' | 'en';
}

/** A move made, or the warnings that held it back (nothing written); `invitations.move` then makes it regardless. */
export type InvitationMoveOutcome = { moved: Invitation } | { conflicts: InvitationConflict[] };

/** A follow-up with the names the dashboard shows. */
export type FollowUpView = FollowUp & { speakerName: string; topic: string };

export const invitationOperations = {
  'invitations.board': query<InvitationBoard>()(groupRef),
  /** Warnings the draft would raise if saved; nothing is written. */
  'invitations.checkNew': query<InvitationConflict[]>()(invitationDraft),
  'invitations.create': command<Invitation>()(invitationDraft),
  /**
   * The move, unless it raises warnings: then nothing is written and the warnings come back, for the facilitator to
   * confirm with `invitations.move`. One round trip for the usual move. An illegal move is refused as
   * 'invalidTransition'.
   */
  'invitations.moveUnlessConflicts': command<InvitationMoveOutcome>()(stateMove),
  /** The move, warnings or not. */
  'invitations.move': command<Invitation>()(stateMove),
  /** Warnings a changed meeting or topic would raise; nothing is written. */
  'invitations.checkUpdate': query<InvitationConflict[]>()(invitationChange),
  'invitations.update': command<Invitation>()(invitationChange),
  'invitations.mailDraft': query<MailDraftView>()(mailRequest),
  /** Opens the draft in the user's mail program; nothing is ever sent by the app. */
  'invitations.openMail': command<OpenExternalResult>()(mailRequest),
  'invitations.saveEml': command<ExportResult>()(mailRequest),
  'invitations.followUps': query<FollowUpView[]>()(groupRef),
  'invitations.settings': query<GroupPeopleSettings>()(groupRef),
  /** Changes the follow-up delay, the signature and the templates in the group's own language. */
  'invitations.saveSettings': command<GroupPeopleSettings>()(
    z.strictObject({
      groupId: entityId,
      followUpAfterDays: z.number().int().min(1).max(365),
      facilitatorName: shortText,
      templates: z.strictObject({
        ask: templateInput,
        confirm: templateInput,
        remind: templateInput,
        remindUnanswered: templateInput.optional(),
        thank: templateInput,
        newDate: templateInput.optional(),
      }),
    }),
  ),
};
