// Calendar operations: the meetings of every active group in one list, with the conflicts between them.
import { z } from 'zod';
import type { CalendarConflict } from '../../domain/calendar-conflicts';
import type { Language, Meeting } from '../../domain/model';
import { query } from './define';

export interface CalendarGroup {
  id: string;
  name: string;
  language: Language;
  /** Stable position among the groups (by name), which picks the group's colour. */
  colourIndex: number;
}

export interface CalendarEntry {
  groupId: string;
  meeting: Pick<Meeting, 'id' | 'date' | 'startTime' | 'endTime' | 'kind' | 'theme' | 'hostOrganisation' | 'status' | 'jointWithSisterGroup'>;
}

export interface CalendarOverview {
  groups: CalendarGroup[];
  entries: CalendarEntry[];
  conflicts: CalendarConflict[];
}

export const calendarOperations = {
  'calendar.overview': query<CalendarOverview>()(z.strictObject({})),
};
