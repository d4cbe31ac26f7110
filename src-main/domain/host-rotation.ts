// Host rotation: which member organisations have hosted a meeting and when, and whose turn it could be next.
import type { Meeting, Member } from './model';

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

function isCurrent(period: { from?: string | undefined; to?: string | undefined }, today: string): boolean {
  return (!period.from || period.from <= today) && (!period.to || period.to >= today);
}

/** The organisation a member works for today: the current employment that started last. */
export function currentOrganisation(member: Member, today: string): string | null {
  const current = member.employments
    .filter((employment) => isCurrent(employment, today))
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  return current[0]?.organisation ?? null;
}

function isCurrentMember(member: Member, today: string): boolean {
  return isCurrent({ from: member.joined, to: member.left }, today);
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

  for (const member of members) {
    if (!isCurrentMember(member, today)) continue;
    const organisation = currentOrganisation(member, today);
    if (organisation) recordFor(organisation).memberIds.push(member.id);
  }
  for (const meeting of [...meetings].sort((a, b) => a.date.localeCompare(b.date))) {
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
