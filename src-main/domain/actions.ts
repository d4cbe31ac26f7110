// Follow-up of actions across a group's meetings: what is open, what is late, and what the next agenda should revisit.
import type { Meeting } from './model';
import type { Action, ActionOwner } from './minutes-model';

export interface ActionLists {
  /** Open and not yet due (due today counts as open, not overdue). */
  open: Action[];
  /** Open and past their due date, most overdue first. */
  overdue: Action[];
  /** Done, most recently done first. */
  done: Action[];
}

function byDue(a: Action, b: Action): number {
  return a.due.localeCompare(b.due) || a.id.localeCompare(b.id);
}

export function isOverdue(action: Action, today: string): boolean {
  return action.status === 'open' && action.due < today;
}

/** Splits actions into the three lists the action list and the dashboard show; `today` is an ISO date. */
export function classifyActions(actions: readonly Action[], today: string): ActionLists {
  const open = actions.filter((action) => action.status === 'open');
  return {
    open: open.filter((action) => !isOverdue(action, today)).sort(byDue),
    overdue: open.filter((action) => isOverdue(action, today)).sort(byDue),
    done: actions
      .filter((action) => action.status === 'done')
      .sort((a, b) => (b.doneAt ?? b.due).localeCompare(a.doneAt ?? a.due) || a.id.localeCompare(b.id)),
  };
}

export function sameOwner(a: ActionOwner, b: ActionOwner): boolean {
  if (a.kind === 'facilitator' || b.kind === 'facilitator') return a.kind === b.kind;
  return a.memberId === b.memberId;
}

export function filterByOwner(actions: readonly Action[], owner: ActionOwner): Action[] {
  return actions.filter((action) => sameOwner(action.owner, owner));
}

/** Marks an action done on `today`, or reopens it; other fields are untouched. */
export function setActionDone(action: Action, done: boolean, today: string): Action {
  if (done) return { ...action, status: 'done', doneAt: today };
  const { doneAt: _dropped, ...rest } = action;
  return { ...rest, status: 'open' };
}

export interface CarriedAction {
  actionId: string;
  text: string;
  owner: ActionOwner;
  due: string;
  overdue: boolean;
  fromMeetingId: string;
}

/** The follow-up item the next meeting's agenda is offered; the agenda decides where it goes and how long it takes. */
export interface FollowUpProposal {
  meetingId: string;
  actions: CarriedAction[];
}

/**
 * The open actions from meetings before `meeting`, to propose as a follow-up item on its agenda. Actions already on
 * that agenda (`alreadyCarried`) are not proposed again; returns null when there is nothing to follow up.
 */
export function proposeFollowUp(
  actions: readonly Action[],
  meetings: readonly Meeting[],
  meeting: Meeting,
  today: string,
  alreadyCarried: ReadonlySet<string> = new Set(),
): FollowUpProposal | null {
  const dateOf = new Map(meetings.map((candidate) => [candidate.id, candidate.date]));
  const carried = actions
    .filter((action) => action.status === 'open' && !alreadyCarried.has(action.id))
    .filter((action) => {
      const from = dateOf.get(action.meetingId);
      return action.meetingId !== meeting.id && from !== undefined && from <= meeting.date;
    })
    .sort(byDue)
    .map(
      (action): CarriedAction => ({
        actionId: action.id,
        text: action.text,
        owner: action.owner,
        due: action.due,
        overdue: isOverdue(action, today),
        fromMeetingId: action.meetingId,
      }),
    );
  return carried.length === 0 ? null : { meetingId: meeting.id, actions: carried };
}
