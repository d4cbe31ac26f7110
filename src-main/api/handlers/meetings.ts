// Meetings: list with host rotation, create/edit/move/delete (and restore for undo), preview a year's plan, .ics export.
import { hostingQueue, hostOptions, hostRotation } from '../../domain/host-rotation';
import { findMeeting, meetingsInOrder } from '../../domain/meetings';
import { AppError } from '../../domain/errors';
import { bookedTalksOf } from '../../domain/booked-talks';
import { clashesFor, type ScheduledMeeting } from '../../domain/calendar-conflicts';
import { groupBookingsOf } from '../../domain/invitation-conflicts';
import type { Meeting } from '../../domain/model';
import { localIsoDate } from '../../domain/summaries';
import { moveMeeting, previewYearPlan } from '../../domain/year-plan';
import { meetingsToIcsBytes } from '../../export/ics';
import { FILE_NAME_LABELS } from '../../export/file-name-labels';
import type { HandlersFor } from '../handlers-type';
import type { MeetingFields, meetingOperations } from '../operations/meetings';
import { allWorkspaces, type HandlerContext } from './context';
import { deliverFile } from './deliver';

function newMeeting(id: string, fields: MeetingFields): Meeting {
  return { id, ...fields, agenda: [] };
}

export function meetingHandlers(context: HandlerContext): HandlersFor<typeof meetingOperations> {
  const today = () => localIsoDate(context.now());

  async function changeMeeting(groupId: string, meetingId: string, change: (meeting: Meeting) => Meeting): Promise<Meeting> {
    let changed: Meeting | undefined;
    await context.store().update(groupId, (draft) => {
      const index = draft.meetings.findIndex((meeting) => meeting.id === meetingId);
      if (index < 0) throw new AppError('meetingNotFound', { meetingId });
      changed = change(draft.meetings[index] as Meeting);
      draft.meetings[index] = changed;
    });
    return changed as Meeting;
  }

  return {
    'meetings.list': async ({ groupId }) => {
      const workspace = context.store().get(groupId);
      const day = today();
      const rotation = hostRotation(workspace.meetings, workspace.members, day);
      return {
        language: workspace.group.language,
        meetings: meetingsInOrder(workspace.meetings),
        rotation,
        hostOptions: hostOptions(workspace.members, day),
        hostQueue: hostingQueue(rotation),
        today: day,
      };
    },
    'meetings.create': async ({ groupId, fields }) => {
      const meeting = newMeeting(context.newId(), fields);
      await context.store().update(groupId, (draft) => {
        draft.meetings.push(meeting);
      });
      return meeting;
    },
    'meetings.update': async ({ groupId, meetingId, fields }) =>
      changeMeeting(groupId, meetingId, (meeting) => ({ ...meeting, ...fields })),
    'meetings.move': async ({ groupId, meetingId, date }) =>
      changeMeeting(groupId, meetingId, (meeting) => moveMeeting(meeting, date)),
    'meetings.delete': async ({ groupId, meetingId }) => {
      const deleted = findMeeting(context.store().get(groupId), meetingId);
      await context.store().update(groupId, (draft, current) => {
        draft.meetings = current.meetings.filter((meeting) => meeting.id !== meetingId);
      });
      return deleted;
    },
    'meetings.restore': async ({ groupId, meeting }) => {
      await context.store().update(groupId, (draft) => {
        // Restoring twice (a double-clicked undo) must not duplicate the meeting.
        draft.meetings = [...draft.meetings.filter((existing) => existing.id !== meeting.id), meeting];
      });
      return meeting;
    },
    'meetings.previewYear': async (request) => previewYearPlan(request),
    'meetings.clashes': async ({ groupId, candidates }) => {
      const workspaces = allWorkspaces(context).filter((workspace) => !workspace.group.archived);
      const scheduled: ScheduledMeeting[] = workspaces.flatMap((workspace) =>
        workspace.meetings.map((meeting) => ({ groupId: workspace.group.id, groupName: workspace.group.name, meeting })),
      );
      const own = context.store().get(groupId);
      // The own group counts even when archived: its speakers still hear of a new date.
      const bookings = [own, ...workspaces.filter((workspace) => workspace.group.id !== groupId)].map(groupBookingsOf);
      return candidates.map(({ meetingId, ...meeting }) => {
        const stored = meetingId === undefined ? undefined : findMeeting(own, meetingId);
        // The speakers of a meeting keeping its date have nothing new to hear.
        const moved = stored !== undefined && stored.date !== meeting.date;
        const bookedTalks = moved ? bookedTalksOf(bookings, groupId, stored.id) : [];
        return clashesFor({ groupId, ...(meetingId === undefined ? {} : { meetingId }), meeting }, scheduled, bookedTalks);
      });
    },
    'meetings.exportIcs': async ({ groupId, meetingId, year }) => {
      const workspace = context.store().get(groupId);
      const chosen = meetingId
        ? [findMeeting(workspace, meetingId)]
        : workspace.meetings.filter((meeting) => year === undefined || meeting.date.startsWith(`${year}-`));
      const meetings = meetingsInOrder(chosen);
      const group = workspace.group;
      const bytes = meetingsToIcsBytes(
        meetings.map((meeting) => ({ groupId: group.id, groupName: group.name, language: group.language, meeting })),
        { now: context.now(), calendarName: group.name },
      );
      const date = meetingId ? meetings[0]?.date : year?.toString();
      const kind = FILE_NAME_LABELS[group.language].calendar;
      return deliverFile(context, { name: { kind, date, group: group.name }, extension: 'ics', bytes });
    },
  };
}
