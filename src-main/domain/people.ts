// Member history: a member who changes job keeps their earlier employments and stays in the group.
import type { Member } from './model';

export type Employment = Member['employments'][number];

/**
 * The job a member holds now: the latest-starting employment without an end date,
 * else the latest-starting one overall (undated employments count as oldest, ties go to the later entry).
 */
export function currentEmployment(member: Pick<Member, 'employments'>): Employment | undefined {
  const open = member.employments.filter((employment) => employment.to === undefined);
  return latestStarting(open.length > 0 ? open : member.employments);
}

function latestStarting(employments: readonly Employment[]): Employment | undefined {
  let best: Employment | undefined;
  for (const employment of employments) {
    if (best === undefined || (employment.from ?? '') >= (best.from ?? '')) best = employment;
  }
  return best;
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

/** Whether the member belongs to the group on `today` (ISO date): joined by then and not yet left. */
export function isCurrentMember(member: Pick<Member, 'joined' | 'left'>, today: string): boolean {
  if (member.joined !== undefined && member.joined > today) return false;
  return member.left === undefined || member.left > today;
}
