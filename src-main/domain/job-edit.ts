// Editing a member's title, organisation or sector: a typo fixed is a correction of the current job, a move to another
// job keeps the old one in the history. Only the facilitator knows which, so the form asks whenever it could be either.
import type { Employment } from './people';

export type JobFields = Pick<Employment, 'organisation' | 'title' | 'sector'>;

/**
 * - `unchanged`: nothing about the job changed;
 * - `firstJob`: the member had no current job, so the new one is simply added;
 * - `removed`: the organisation was emptied, which corrects (removes) the current job;
 * - `ask`: the job changed, and it may be a correction or a new job: the facilitator must say which.
 */
export type JobEditKind = 'unchanged' | 'firstJob' | 'removed' | 'ask';

export function jobEditKind(current: JobFields | undefined, next: JobFields | undefined): JobEditKind {
  if (next === undefined) return current === undefined ? 'unchanged' : 'removed';
  if (current === undefined) return 'firstJob';
  const same = current.organisation === next.organisation && current.title === next.title && current.sector === next.sector;
  return same ? 'unchanged' : 'ask';
}
