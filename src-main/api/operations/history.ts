// History operations: the group's decision register (with the status the facilitator sets) and its engagement over the
// years (attendance per member and per year, and the host rotation).
import { z } from 'zod';
import type { GroupAttendanceYear, MemberAttendance } from '../../domain/attendance-history';
import type { DecisionStatusChange, RegisterDecision } from '../../domain/decision-register';
import type { HostRotation, HostTurn } from '../../domain/host-rotation';
import type { Language } from '../../domain/model';
import { entityId } from '../../domain/text';
import { command, query } from './define';
import { groupRef } from './groups';

export interface DecisionRegisterView {
  language: Language;
  /** Every decision of every meeting, newest first (see decisionRegister in the domain). */
  decisions: RegisterDecision[];
  /** Years that have decisions, newest first. */
  years: number[];
}

export interface EngagementView {
  language: Language;
  today: string;
  /** Per member (current and former) with at least one meeting that counts, in the roster's order. */
  members: MemberAttendance[];
  /** The group's attendance per year, oldest first. */
  years: GroupAttendanceYear[];
  rotation: HostRotation;
  /** Current members' organisations, whose turn to host it is first (see hostingQueue). */
  hostQueue: HostTurn[];
  /** Names of the members the host queue refers to, by id. */
  memberNames: Record<string, string>;
}

const decisionStatusChangeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('inForce') }),
  z.strictObject({ status: z.literal('obsolete') }),
  z.strictObject({ status: z.literal('replaced'), replacedBy: entityId }),
]);

export const historyOperations = {
  'history.decisions': query<DecisionRegisterView>()(groupRef),
  /**
   * Sets where a decision stands. Returns the status it had, so the renderer can offer to take the change back (a
   * decision that pointed to a replacement since removed from the minutes comes back as in force).
   */
  'history.setDecisionStatus': command<{ previous: DecisionStatusChange }>()(
    z.strictObject({ groupId: entityId, decisionId: entityId, change: decisionStatusChangeSchema }),
  ),
  'history.engagement': query<EngagementView>()(groupRef),
};
