// Host rotation: which member organisations have hosted a meeting and when, and whose turn it could be next.
import { meetingsInOrder } from './meetings';
import type { Meeting, Member } from './model';
import { currentMembers, currentOrganisation } from './people';

export interface HostVisit {
  meetingId: string;
  date: string;
  /** Planned but not yet held (dated after today). */
  upcoming: boolean;
}

export interface HostRecord {
  organisation: string;
  visits: HostVisit[];
  /** Current members who work there; empty for an organisation no member is with any longer. */
  memberIds: string[];
}

export interface HostRotation {
  /** Organisations that have hosted or are planned to host, the longest ago first. */
  hosted: HostRecord[];
  /** Current members' organisations with no meeting, past or planned, in alphabetical order. */
  notYetHosted: HostRecord[];
}

/** Organisation names typed by hand differ in case and spacing; they are compared without either. */
export function organisationKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

export interface HostOption {
  organisation: string;
  /** Names of the current members who work there. */
  memberNames: string[];
}

/** Current members' organisations, offered as hosts, in Danish alphabetical order. */
export function hostOptions(members: readonly Member[], today: string): HostOption[] {
  const byKey = new Map<string, HostOption>();
  for (const member of currentMembers(members, today)) {
    const organisation = currentOrganisation(member);
    if (organisationKey(organisation) === '') continue;
    const key = organisationKey(organisation);
    const option = byKey.get(key) ?? { organisation: organisation.trim(), memberNames: [] };
    option.memberNames.push(member.name);
    byKey.set(key, option);
  }
  return [...byKey.values()].sort((a, b) => a.organisation.localeCompare(b.organisation, 'da'));
}

export function hostRotation(meetings: readonly Meeting[], members: readonly Member[], today: string): HostRotation {
  const records = new Map<string, HostRecord>();
  const recordFor = (organisation: string): HostRecord => {
    const key = organisationKey(organisation);
    let record = records.get(key);
    if (!record) {
      record = { organisation: organisation.trim(), visits: [], memberIds: [] };
      records.set(key, record);
    }
    return record;
  };

  for (const member of currentMembers(members, today)) {
    const organisation = currentOrganisation(member);
    if (organisationKey(organisation) !== '') recordFor(organisation).memberIds.push(member.id);
  }
  for (const meeting of meetingsInOrder(meetings)) {
    if (organisationKey(meeting.hostOrganisation) === '') continue;
    recordFor(meeting.hostOrganisation).visits.push({
      meetingId: meeting.id,
      date: meeting.date,
      upcoming: meeting.date > today,
    });
  }

  const all = [...records.values()];
  const lastVisit = (record: HostRecord) => record.visits.at(-1)?.date ?? '';
  return {
    hosted: all.filter((r) => r.visits.length > 0).sort((a, b) => lastVisit(a).localeCompare(lastVisit(b))),
    notYetHosted: all
      .filter((r) => r.visits.length === 0)
      .sort((a, b) => a.organisation.localeCompare(b.organisation, 'da')),
  };
}

/** A current member organisation's place in the rotation: when it last hosted, and whether it is already planned. */
export interface HostTurn {
  organisation: string;
  memberIds: string[];
  /** Meetings it has hosted (held ones only). */
  timesHosted: number;
  /** The date of its latest held meeting as host; null when it has never hosted. */
  lastHosted: string | null;
  /** The date of its next planned meeting as host; null when none is planned. */
  nextPlanned: string | null;
}

/**
 * The one rule for "whose turn is it to host": current members' organisations, the one that has waited the longest
 * first. Never hosted comes before any visit (in Danish alphabetical order), then the oldest last visit first; an
 * organisation that already has a planned visit has its turn and goes last (soonest planned first). Organisations no
 * current member works at are not in the queue. The History tab lists it and the year plan suggests hosts from it.
 */
export function hostingQueue(rotation: HostRotation): HostTurn[] {
  const turns = [...rotation.notYetHosted, ...rotation.hosted]
    .filter((record) => record.memberIds.length > 0)
    .map((record): HostTurn => {
      const held = record.visits.filter((visit) => !visit.upcoming);
      return {
        organisation: record.organisation,
        memberIds: record.memberIds,
        timesHosted: held.length,
        lastHosted: held.at(-1)?.date ?? null,
        nextPlanned: record.visits.find((visit) => visit.upcoming)?.date ?? null,
      };
    });
  const waiting = turns.filter((turn) => turn.nextPlanned === null);
  const planned = turns.filter((turn) => turn.nextPlanned !== null);
  // Both lists keep the rotation's order (never hosted alphabetically first); a stable sort only moves visits.
  waiting.sort(byLongestWait);
  planned.sort((a, b) => (a.nextPlanned ?? '').localeCompare(b.nextPlanned ?? ''));
  return [...waiting, ...planned];
}

function byLongestWait(a: HostTurn, b: HostTurn): number {
  if (a.lastHosted === b.lastHosted) return 0;
  if (a.lastHosted === null) return -1;
  if (b.lastHosted === null) return 1;
  return a.lastHosted.localeCompare(b.lastHosted);
}

/**
 * The organisations to suggest as hosts for `count` new meetings, in turn (from hostingQueue); fewer when fewer have a
 * turn waiting. The year plan suggests its hosts with this.
 */
export function suggestedHosts(queue: readonly HostTurn[], count: number): string[] {
  return queue
    .filter((turn) => turn.nextPlanned === null)
    .slice(0, Math.max(0, count))
    .map((turn) => turn.organisation);
}
