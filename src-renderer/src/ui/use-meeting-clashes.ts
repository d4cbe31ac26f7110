// The clashes of a date being chosen for a meeting, asked again as the date (or kind, host, joint flag) changes, so
// the warning shows before anything is saved. The host is typed, so it is asked for once typing pauses.
import { useDebouncedValue } from '@mantine/hooks';
import type { MeetingClash } from '../../../src-main/domain/calendar-conflicts';
import type { Meeting } from '../../../src-main/domain/model';
import { useApiQuery } from '../use-api-query';

export interface ClashCandidate extends Pick<Meeting, 'kind' | 'hostOrganisation' | 'jointWithSisterGroup'> {
  /** Null while no date is chosen: nothing is asked. */
  date: string | null;
  /** The saved meeting being edited: it never clashes with itself, and its booked speakers count when it moves. */
  meetingId?: string | null;
}

const HOST_TYPING_PAUSE_MS = 300;
// Another group's change while the form is open is rare; the next change of the date asks again anyway.
const never = () => false;

/** Undefined while asking (or when the question failed: the form still works, it only cannot warn). */
export function useMeetingClashes(groupId: string | null, candidate: ClashCandidate): MeetingClash[] | undefined {
  const [hostOrganisation] = useDebouncedValue(candidate.hostOrganisation.trim(), HOST_TYPING_PAUSE_MS);
  const { date, kind, jointWithSisterGroup, meetingId } = candidate;
  const input =
    groupId === null || date === null
      ? null
      : { groupId, candidates: [{ ...(meetingId ? { meetingId } : {}), date, kind, hostOrganisation, jointWithSisterGroup }] };
  const { data, error } = useApiQuery('meetings.clashes', input, never);
  return error || input === null ? undefined : data?.[0];
}
