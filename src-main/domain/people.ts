// The people of a group: who is a member on a day, the job they hold, their job history (a member who changes job
// keeps their earlier employments and stays in the group), and finding a member or speaker by id.
import { AppError } from './errors';
import type { Member, Speaker, Workspace } from './model';

export type Employment = Member['employments'][number];

/**
 * The one rule for "the job a member holds now": the latest-starting employment without an end date (undated ones
 * count as oldest; ties go to the later entry, the one added last). When every job has ended the member is with no
 * organisation: host rotation, minutes and the members list all show none rather than a job that is over.
 */
export function currentEmployment(member: Pick<Member, 'employments'>): Employment | undefined {
  let best: Employment | undefined;
  for (const employment of member.employments) {
    if (employment.to !== undefined) continue;
    if (best === undefined || (employment.from ?? '') >= (best.from ?? '')) best = employment;
  }
  return best;
}

/** The organisation of the member's current job (see currentEmployment), or '' without one. */
export function currentOrganisation(member: Pick<Member, 'employments'>): string {
  return currentEmployment(member)?.organisation ?? '';
}

/** Employments newest first, so a member card can show the career at a glance. */
export function employmentHistory(member: Pick<Member, 'employments'>): Employment[] {
  return member.employments
    .map((employment, index) => ({ employment, index }))
    .sort((a, b) => {
      const byStart = (b.employment.from ?? '').localeCompare(a.employment.from ?? '');
      return byStart !== 0 ? byStart : b.index - a.index;
    })
    .map(({ employment }) => employment);
}

/**
 * Records a new job from `on` (ISO date): every still-open employment ends on that date and the new one is added,
 * so the earlier organisations remain in the member's history.
 */
export function changeEmployment<T extends Pick<Member, 'employments'>>(
  member: T,
  next: Omit<Employment, 'from' | 'to'>,
  on: string,
): T {
  const closed = member.employments.map((employment) =>
    employment.to === undefined ? { ...employment, to: on } : employment,
  );
  return { ...member, employments: [...closed, { ...next, from: on }] };
}

/**
 * The one rule for "is this person a member on `day`" (ISO date): joined by then (or at an unknown date) and not yet
 * left. `left` is the first day the person is no longer a member, so the leaving day itself does not count, just as
 * an employment's `to` is the first day of the next job (see changeEmployment).
 */
export function isCurrentMember(member: Pick<Member, 'joined' | 'left'>, day: string): boolean {
  if (member.joined !== undefined && member.joined > day) return false;
  return member.left === undefined || member.left > day;
}

/** The members of the group on `day`, in the stored order. */
export function currentMembers<T extends Pick<Member, 'joined' | 'left'>>(members: readonly T[], day: string): T[] {
  return members.filter((member) => isCurrentMember(member, day));
}

/** A member as lists of people show them: who, and the organisation of their current job. */
export interface PersonEntry {
  id: string;
  name: string;
  organisation: string;
}

/** The members of the group on `day`, with their organisations, by name in Danish order (as the minutes list them). */
export function peopleOn(members: readonly Member[], day: string): PersonEntry[] {
  return currentMembers(members, day)
    .map((member) => ({ id: member.id, name: member.name, organisation: currentOrganisation(member) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** The member with `memberId`, or the error code the renderer translates. */
export function findMember(workspace: Pick<Workspace, 'members'>, memberId: string): Member {
  const member = workspace.members.find((candidate) => candidate.id === memberId);
  if (!member) throw new AppError('memberNotFound', { memberId });
  return member;
}

/** The speaker with `speakerId`, or the error code the renderer translates. */
export function findSpeaker(workspace: Pick<Workspace, 'speakers'>, speakerId: string): Speaker {
  const speaker = workspace.speakers.find((candidate) => candidate.id === speakerId);
  if (!speaker) throw new AppError('speakerNotFound', { speakerId });
  return speaker;
}
