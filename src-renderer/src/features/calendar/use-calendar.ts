// Every active group's meetings for the calendar, reloaded whenever any group's meetings (or name, language) change.
import type { AppEvent } from '../../../../src-main/domain/views';
import { touchesParts } from '../../../../src-main/domain/workspace-changes';
import { useApiQuery } from '../../use-api-query';

const anyGroupChange = (event: AppEvent) =>
  event.type === 'groupsChanged' || (event.type === 'groupChanged' && touchesParts(event.changes, ['group', 'meetings']));

export function useCalendar() {
  return useApiQuery('calendar.overview', {}, anyGroupChange);
}
