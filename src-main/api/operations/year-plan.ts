// "Plan the year" on a year that already has meetings: which planned meetings would duplicate existing ones, saving
// the plan with the facilitator's choice (replace the empty ones, or keep them and add only the missing), and undoing
// a replace.
import { z } from 'zod';
import { meetingKindSchema, meetingSchema, type Meeting } from '../../domain/model';
import type { PlanDuplicate } from '../../domain/re-plan';
import { entityId } from '../../domain/text';
import { command, query } from './define';
import { calendarDay, clockTime } from './meetings';

/** A meeting of the preview the facilitator accepted, possibly with a date changed by hand. */
const plannedMeeting = z.strictObject({ date: calendarDay, startTime: clockTime, endTime: clockTime, kind: meetingKindSchema });
const plannedMeetings = z.array(plannedMeeting).min(1).max(12);

export interface SavedYearPlan {
  /** The meetings made from the plan, in the order planned. */
  created: Meeting[];
  /** Existing empty meetings the plan replaced, whole, so an undo can put them back. */
  replaced: Meeting[];
  /** Existing meetings the plan duplicates that stay (all of them when kept; those with content when replacing). */
  kept: PlanDuplicate[];
}

export interface UndoneReplace {
  restored: Meeting[];
  removedIds: string[];
  /** Meetings the plan made that got content since, so the undo left them in place. */
  keptIds: string[];
}

export const yearPlanOperations = {
  /** The planned meetings that would duplicate the group's existing ones (same date, or same quarter of the year). */
  'yearPlan.duplicates': query<PlanDuplicate[]>()(
    z.strictObject({ groupId: entityId, planned: z.array(z.strictObject({ date: calendarDay })).min(1).max(12) }),
  ),
  /** Saves the plan in one update; 'keep' (the default) never duplicates, 'replace' only replaces empty meetings. */
  'yearPlan.save': command<SavedYearPlan>()(
    z.strictObject({ groupId: entityId, planned: plannedMeetings, duplicates: z.enum(['replace', 'keep']).default('keep') }),
  ),
  /** Takes a replace back: the plan's new meetings go (unless they got content since) and the replaced ones return. */
  'yearPlan.undoReplace': command<UndoneReplace>()(
    z.strictObject({
      groupId: entityId,
      createdIds: z.array(entityId).max(12),
      replaced: z.array(meetingSchema).max(12),
    }),
  ),
};
