// Every active group's meetings for the calendar, reloaded whenever any group changes.
import type { AppEvent } from '../../../../src-main/domain/views';
import { useApiQuery } from '../../use-api-query';

const anyGroupChange = (event: AppEvent) => event.type === 'groupChanged' || event.type === 'groupsChanged';

export function useCalendar() {
  return useApiQuery('calendar.overview', {}, anyGroupChange);
}
