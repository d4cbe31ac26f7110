// Opening a search hit: the search page is left (Back returns to it), the group and its tab are chosen, the page is
// asked for the meeting, member or speaker, and the entry itself is brought into view and focused once drawn.
import type { SearchHit } from '../../../../src-main/api/operations/search';
import { navigateTo, type NavigationIntent } from '../../ui/navigation';
import { revealEntryWhenShown } from '../../ui/reveal-entry';
import { leaveSearch } from '../../ui/search-route';

function intentOf({ place }: SearchHit): NavigationIntent | undefined {
  const recordId = place.entryKey?.slice(place.entryKey.indexOf(':') + 1) ?? '';
  if (place.section === 'minutes' && place.meetingId) return { kind: 'openMinutes', meetingId: place.meetingId };
  if (place.section === 'members' && recordId) return { kind: 'openMember', memberId: recordId };
  if (place.section === 'speakers' && recordId) return { kind: 'openSpeaker', speakerId: recordId };
  return undefined;
}

export function openSearchHit(hit: SearchHit): void {
  const { place } = hit;
  const intent = intentOf(hit);
  leaveSearch();
  navigateTo({ groupId: place.groupId, section: place.section, ...(intent ? { intent } : {}) });
  // The minutes of one meeting scope their entries: a round entry's key names only the member.
  if (place.section === 'minutes' && place.entryKey && place.meetingId) revealEntryWhenShown(place.entryKey, place.meetingId);
}
