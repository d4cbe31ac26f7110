// A meeting's actions, as its minutes were saved, put into the group's list of actions. An action the save did not
// change keeps its record, and the list itself stays as it was when nothing changed: the change event that follows a
// save then names only what the facilitator changed, and the open editor need not fetch its own words back.
import type { Action } from './minutes-model';
import { sameJson } from './same-json';

export function withMeetingActions<A extends Action>(all: A[], meetingId: string, saved: readonly A[]): A[] {
  const before = all.filter((action) => action.meetingId === meetingId);
  const previous = new Map(before.map((action) => [action.id, action]));
  const kept = saved.map((action) => {
    const stored = previous.get(action.id);
    return stored !== undefined && sameJson(stored, action) ? stored : action;
  });
  if (kept.length === before.length && kept.every((action, at) => action === before[at])) return all;
  return [...all.filter((action) => action.meetingId !== meetingId), ...kept];
}
