// Mails to the whole group and to action owners, as .eml drafts with their documents attached, and the members'
// replies before a meeting. Nothing is ever sent by the app: the draft opens in the user's mail program or is saved.
import { z } from 'zod';
import { replyAnswerSchema, type MemberReply, type ReplyCounts } from '../../domain/member-replies';
import { entityId } from '../../domain/text';
import type { ExportResult } from '../../domain/views';
import { command, query } from './define';

const meetingRef = z.strictObject({ groupId: entityId, meetingId: entityId });

export const groupMailChoice = z.discriminatedUnion('kind', [
  /** The invitation to all members, with the Word invitation and the meeting's .ics attached. */
  z.strictObject({ kind: z.literal('invitation') }),
  /** The members' version of the minutes to all members. */
  z.strictObject({ kind: z.literal('minutes') }),
  /** To one member: the actions they own from this meeting. */
  z.strictObject({ kind: z.literal('actions'), memberId: entityId }),
]);
export type GroupMailChoice = z.output<typeof groupMailChoice>;

/** A member of the group on the meeting's day, with their answer if one is recorded. */
export interface GroupMailMember {
  id: string;
  name: string;
  hasEmail: boolean;
  reply: MemberReply | null;
}

export interface ActionOwnerSummary {
  memberId: string;
  name: string;
  hasEmail: boolean;
  actionCount: number;
}

/** What the meeting's mail panel shows: who the mails go to, the answers so far, what can be sent. */
export interface GroupMailOverview {
  members: GroupMailMember[];
  counts: ReplyCounts;
  /** Whether the meeting has a dinner, so the replies ask about it. */
  dinner: boolean;
  hasMinutes: boolean;
  actionOwners: ActionOwnerSummary[];
  /** Whether this device's profile has a name to sign with. */
  signed: boolean;
}

/** A draft opened in the mail program, or saved/downloaded like any export. */
export type GroupMailResult = { kind: 'opened'; fileName: string } | ExportResult;

export const groupMailOperations = {
  'groupMail.overview': query<GroupMailOverview>()(meetingRef),
  /** Records a member's answer (coming or not, and dinner); null clears it. */
  'groupMail.setReply': command<MemberReply[]>()(
    z.strictObject({
      groupId: entityId,
      meetingId: entityId,
      memberId: entityId,
      reply: z.strictObject({ answer: replyAnswerSchema, dinner: z.boolean().optional() }).nullable(),
    }),
  ),
  /** Makes the .eml draft; 'open' hands it to the mail program where the host can, else it is saved like 'save'. */
  'groupMail.make': command<GroupMailResult>()(
    z.strictObject({ groupId: entityId, meetingId: entityId, mail: groupMailChoice, delivery: z.enum(['open', 'save']) }),
  ),
};
