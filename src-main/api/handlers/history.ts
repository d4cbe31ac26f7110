// History: the decision register and the status the facilitator sets on a decision; attendance and host rotation
// over the years. Every rule is the domain's (decision-register.ts, attendance-history.ts, host-rotation.ts).
import { groupAttendanceByYear, memberAttendance } from '../../domain/attendance-history';
import { decisionRegister, decisionWithStatus, decisionYears, statusChangeOf } from '../../domain/decision-register';
import { hostingQueue, hostRotation } from '../../domain/host-rotation';
import type { DecisionStatusChange } from '../../domain/decision-register';
import { currentMembers } from '../../domain/people';
import { localIsoDate } from '../../domain/summaries';
import type { HandlersFor } from '../handlers-type';
import type { historyOperations } from '../operations/history';
import type { HandlerContext } from './context';

export function historyHandlers(context: HandlerContext): HandlersFor<typeof historyOperations> {
  return {
    'history.decisions': async ({ groupId }) => {
      const workspace = context.store().get(groupId);
      const decisions = decisionRegister(workspace.meetings);
      return { language: workspace.group.language, decisions, years: decisionYears(decisions) };
    },
    'history.setDecisionStatus': async ({ groupId, decisionId, change }) => {
      let previous: DecisionStatusChange = { status: 'inForce' };
      await context.store().update(groupId, (draft) => {
        const changed = decisionWithStatus(draft.meetings, decisionId, change);
        const before = decisionRegister(draft.meetings).find((entry) => entry.decisionId === decisionId);
        if (before) previous = statusChangeOf(before);
        for (const meeting of draft.meetings) {
          const decisions = meeting.minutes?.decisions;
          const index = decisions?.findIndex((decision) => decision.id === decisionId) ?? -1;
          if (decisions && index >= 0) decisions[index] = changed;
        }
      });
      return { previous };
    },
    'history.engagement': async ({ groupId }) => {
      const workspace = context.store().get(groupId);
      const today = localIsoDate(context.now());
      const rotation = hostRotation(workspace.meetings, workspace.members, today);
      return {
        language: workspace.group.language,
        today,
        members: memberAttendance(workspace.members, workspace.meetings, today),
        years: groupAttendanceByYear(workspace.members, workspace.meetings, today),
        rotation,
        hostQueue: hostingQueue(rotation),
        memberNames: Object.fromEntries(currentMembers(workspace.members, today).map((member) => [member.id, member.name])),
      };
    },
  };
}
