// Saving a year plan next to the group's existing meetings, and undoing a replace. The rules are the domain's
// (re-plan.ts: which planned meetings duplicate which, what each choice adds and removes; year-plan.ts: new meetings).
import type { Meeting } from '../../domain/model';
import { meetingsAfterUndo, planDuplicates, rePlanChanges } from '../../domain/re-plan';
import { meetingsFromPlan, type PlannedMeeting } from '../../domain/year-plan';
import type { HandlersFor } from '../handlers-type';
import type { yearPlanOperations } from '../operations/year-plan';
import type { HandlerContext } from './context';

type PlannedInput = Pick<PlannedMeeting, 'date' | 'startTime' | 'endTime' | 'kind'>;

function asPlanned(entry: PlannedInput): PlannedMeeting {
  return { ...entry, holiday: null, weekend: false, movedFrom: null };
}

export function yearPlanHandlers(context: HandlerContext): HandlersFor<typeof yearPlanOperations> {
  return {
    'yearPlan.duplicates': async ({ groupId, planned }) => {
      const workspace = context.store().get(groupId);
      return planDuplicates(planned, workspace.meetings, workspace);
    },
    'yearPlan.save': async ({ groupId, planned, duplicates }) => {
      // Read and updated in the same tick, so the duplicates are decided on exactly the state the update changes.
      const workspace = context.store().get(groupId);
      const changes = rePlanChanges(planned.length, planDuplicates(planned, workspace.meetings, workspace), duplicates);
      const created = meetingsFromPlan(
        changes.add.map((index) => asPlanned(planned[index] as PlannedInput)),
        context.newId,
      );
      const removing = new Set(changes.remove);
      const replaced: Meeting[] = workspace.meetings.filter((meeting) => removing.has(meeting.id));
      await context.store().update(groupId, (draft) => {
        draft.meetings = [...draft.meetings.filter((meeting) => !removing.has(meeting.id)), ...created];
      });
      return { created, replaced, kept: changes.kept };
    },
    'yearPlan.undoReplace': async ({ groupId, createdIds, replaced }) => {
      const workspace = context.store().get(groupId);
      const { meetings, keptIds } = meetingsAfterUndo(workspace.meetings, workspace, createdIds, replaced);
      const present = new Set(workspace.meetings.map((meeting) => meeting.id));
      const removedIds = createdIds.filter((id) => present.has(id) && !keptIds.includes(id));
      await context.store().update(groupId, (draft) => {
        draft.meetings = meetings;
      });
      return { restored: replaced, removedIds, keptIds };
    },
  };
}
