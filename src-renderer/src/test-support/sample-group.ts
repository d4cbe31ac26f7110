// A group as the sidebar lists it, for tests: the demo group's name and file unless a test says otherwise.
import type { GroupSummary } from '../../../src-main/domain/model';

export function sampleGroupSummary(fields: Partial<GroupSummary> = {}): GroupSummary {
  return {
    id: 'g1',
    name: 'CIO-netværk Øst',
    language: 'da',
    archived: false,
    memberCount: 0,
    speakerCount: 0,
    nextMeetingDate: null,
    fileName: 'cio.json',
    ...fields,
  };
}
