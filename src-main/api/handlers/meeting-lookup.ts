// Finding a meeting in a group's workspace, or refusing with a code the renderer translates.
import { AppError } from '../../domain/errors';
import type { Meeting, Workspace } from '../../domain/model';

export function findMeeting(workspace: Readonly<Workspace> | Workspace, meetingId: string): Meeting {
  const meeting = workspace.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new AppError('meetingNotFound', { meetingId });
  return meeting;
}

/** Meetings in date order, then by start time, as every list shows them. */
export function byDateAndTime(a: Pick<Meeting, 'date' | 'startTime'>, b: Pick<Meeting, 'date' | 'startTime'>): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);
}
