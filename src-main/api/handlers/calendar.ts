// The cross-group calendar: every active group's meetings, each group's colour slot, and the conflicts between them.
import { findCalendarConflicts } from '../../domain/calendar-conflicts';
import type { HandlersFor } from '../handlers-type';
import type { CalendarEntry, CalendarGroup, calendarOperations } from '../operations/calendar';
import type { HandlerContext } from './context';

export function calendarHandlers(context: HandlerContext): HandlersFor<typeof calendarOperations> {
  return {
    'calendar.overview': async () => {
      const store = context.store();
      // listGroups() is sorted by name, so a group keeps its colour while others come and go around it.
      const active = store.listGroups().filter((group) => !group.archived);
      const groups: CalendarGroup[] = active.map((group, index) => ({
        id: group.id,
        name: group.name,
        language: group.language,
        colourIndex: index,
      }));
      const entries: CalendarEntry[] = active.flatMap((group) =>
        store.get(group.id).meetings.map(
          ({ id, date, startTime, endTime, kind, theme, hostOrganisation, status, jointWithSisterGroup }): CalendarEntry => ({
            groupId: group.id,
            meeting: { id, date, startTime, endTime, kind, theme, hostOrganisation, status, jointWithSisterGroup },
          }),
        ),
      );
      return { groups, entries, conflicts: findCalendarConflicts(entries) };
    },
  };
}
