// A group as the sidebar lists it, for tests: only what a test cares about is given, the rest is a small empty group.
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
