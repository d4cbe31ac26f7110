// The member form's state, its checks (with message keys) and the fields sent to the main process.
import type { MemberFields } from '../../../../src-main/api/operations/members';
import type { Member, Sector } from '../../../../src-main/domain/model';
import { jobEditKind } from '../../../../src-main/domain/job-edit';
import { currentEmployment } from '../../../../src-main/domain/people';
import { cleanText } from '../../../../src-main/domain/text';

export interface MemberDraft {
  name: string;
  email: string;
  phone: string;
  title: string;
  organisation: string;
  sector: Sector;
  joined: string | null;
  left: string | null;
  notes: string;
  /**
   * Only for an existing member whose job fields changed: true records a new job (the old one kept in the history),
   * false corrects the current one; null until the facilitator has said which (see domain/job-edit.ts).
   */
  jobChange: boolean | null;
  jobChangeOn: string | null;
}

export type MemberProblemKey = 'required' | 'invalidEmail' | 'leftBeforeJoined' | 'organisationForJob' | 'jobChoiceRequired';
export type MemberDraftProblems = Partial<Record<'name' | 'email' | 'left' | 'organisation' | 'jobChange', MemberProblemKey>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function draftFromMember(member: Member | null, today: string): MemberDraft {
  const job = member ? currentEmployment(member) : undefined;
  return {
    name: member?.name ?? '',
    email: member?.email ?? '',
    phone: member?.phone ?? '',
    title: job?.title ?? '',
    organisation: job?.organisation ?? '',
    sector: job?.sector ?? 'other',
    joined: member?.joined ?? null,
    left: member?.left ?? null,
    notes: member?.notes ?? '',
    jobChange: null,
    jobChangeOn: today,
  };
}

/** Whether the draft names another job than the member's current one (a member without a job gets a first one). */
export function changesJob(draft: MemberDraft, member: Member | null): boolean {
  if (member === null) return false;
  const organisation = cleanText(draft.organisation);
  const next = organisation === '' ? undefined : { organisation, title: cleanText(draft.title), sector: draft.sector };
  return jobEditKind(currentEmployment(member), next) === 'ask';
}

/** The draft's problems; with the member being edited, also an unanswered "correction or new job?". */
export function draftProblems(draft: MemberDraft, member: Member | null = null): MemberDraftProblems {
  const problems: MemberDraftProblems = {};
  if (draft.jobChange === null && changesJob(draft, member)) problems.jobChange = 'jobChoiceRequired';
  if (cleanText(draft.name) === '') problems.name = 'required';
  const email = cleanText(draft.email);
  if (email !== '' && !EMAIL.test(email)) problems.email = 'invalidEmail';
  if (draft.joined && draft.left && draft.left < draft.joined) problems.left = 'leftBeforeJoined';
  if (cleanText(draft.organisation) === '' && cleanText(draft.title) !== '') problems.organisation = 'organisationForJob';
  return problems;
}

/** The fields to save, or null while the draft has problems. */
export function fieldsOf(draft: MemberDraft): MemberFields | null {
  if (Object.keys(draftProblems(draft)).length > 0) return null;
  return {
    name: cleanText(draft.name),
    email: cleanText(draft.email),
    phone: cleanText(draft.phone),
    title: cleanText(draft.title),
    organisation: cleanText(draft.organisation),
    sector: draft.sector,
    notes: draft.notes.trim(),
    ...(draft.joined ? { joined: draft.joined } : {}),
    ...(draft.left ? { left: draft.left } : {}),
  };
}
