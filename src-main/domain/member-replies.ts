// Members' answers before a meeting (coming, not coming, staying for dinner), kept on the meeting as an optional list
// (no migration: a meeting without answers has none), and the attendance the minutes start from.
import { z } from 'zod';
import type { Attendance } from './minutes-model';
import { entityId } from './text';

export const REPLY_ANSWERS = ['coming', 'notComing'] as const;
export const replyAnswerSchema = z.enum(REPLY_ANSWERS);
export type ReplyAnswer = z.infer<typeof replyAnswerSchema>;

export const memberReplySchema = z.object({
  memberId: entityId,
  answer: replyAnswerSchema,
  /** Only asked of those coming to a meeting with a dinner; absent means not said. */
  dinner: z.boolean().optional(),
});
export type MemberReply = z.infer<typeof memberReplySchema>;

/** A member's answer recorded, replacing an earlier one; null clears it. Someone not coming stays for no dinner. */
export function withReply(
  replies: readonly MemberReply[],
  memberId: string,
  reply: { answer: ReplyAnswer; dinner?: boolean } | null,
): MemberReply[] {
  const others = replies.filter((entry) => entry.memberId !== memberId);
  if (reply === null) return others;
  const dinner = reply.answer === 'coming' ? reply.dinner : undefined;
  return [...others, { memberId, answer: reply.answer, ...(dinner === undefined ? {} : { dinner }) }];
}

/**
 * The attendance fresh minutes start from: a member who said they would not come is excused (they sent word), and
 * everyone else is present, as before answers were recorded; the facilitator corrects it on the day.
 */
export function attendanceFromReplies(memberIds: readonly string[], replies: readonly MemberReply[]): Attendance[] {
  const answers = new Map(replies.map((reply) => [reply.memberId, reply.answer]));
  return memberIds.map((memberId) => ({ memberId, status: answers.get(memberId) === 'notComing' ? 'excused' : 'present' }));
}

export interface ReplyCounts {
  coming: number;
  notComing: number;
  dinner: number;
  unanswered: number;
}

/** How the answers stand among the given members (answers of people no longer members are not counted). */
export function countReplies(memberIds: readonly string[], replies: readonly MemberReply[]): ReplyCounts {
  const byMember = new Map(replies.map((reply) => [reply.memberId, reply]));
  const counts: ReplyCounts = { coming: 0, notComing: 0, dinner: 0, unanswered: 0 };
  for (const memberId of memberIds) {
    const reply = byMember.get(memberId);
    if (reply === undefined) counts.unanswered += 1;
    else if (reply.answer === 'coming') {
      counts.coming += 1;
      if (reply.dinner === true) counts.dinner += 1;
    } else counts.notComing += 1;
  }
  return counts;
}
