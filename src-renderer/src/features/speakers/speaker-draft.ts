// The speaker form's state, its checks and the fields sent to the main process.
import type { SpeakerFields } from '../../../../src-main/api/operations/speakers';
import type { Speaker } from '../../../../src-main/domain/model';
import { cleanText } from '../../../../src-main/domain/text';

export interface SpeakerDraft {
  name: string;
  title: string;
  organisation: string;
  email: string;
  phone: string;
  topics: string[];
  bio: string;
  notes: string;
  /** null: the facilitator found the speaker. */
  suggestedByMemberId: string | null;
  doNotAskBefore: string | null;
}

export type SpeakerDraftProblems = Partial<Record<'name' | 'email', 'required' | 'invalidEmail'>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function draftFromSpeaker(speaker: Speaker | null): SpeakerDraft {
  return {
    name: speaker?.name ?? '',
    title: speaker?.title ?? '',
    organisation: speaker?.organisation ?? '',
    email: speaker?.email ?? '',
    phone: speaker?.phone ?? '',
    topics: [...(speaker?.topics ?? [])],
    bio: speaker?.bio ?? '',
    notes: speaker?.notes ?? '',
    suggestedByMemberId: speaker?.suggestedByMemberId ?? null,
    doNotAskBefore: speaker?.doNotAskBefore ?? null,
  };
}

export function speakerDraftProblems(draft: SpeakerDraft): SpeakerDraftProblems {
  const problems: SpeakerDraftProblems = {};
  if (cleanText(draft.name) === '') problems.name = 'required';
  const email = cleanText(draft.email);
  if (email !== '' && !EMAIL.test(email)) problems.email = 'invalidEmail';
  return problems;
}

/** The fields to save, or null while the draft has problems; topics are trimmed and deduplicated. */
export function speakerFieldsOf(draft: SpeakerDraft): SpeakerFields | null {
  if (Object.keys(speakerDraftProblems(draft)).length > 0) return null;
  const topics = [...new Set(draft.topics.map(cleanText).filter((topic) => topic !== ''))];
  return {
    name: cleanText(draft.name),
    title: cleanText(draft.title),
    organisation: cleanText(draft.organisation),
    email: cleanText(draft.email),
    phone: cleanText(draft.phone),
    topics,
    bio: draft.bio.trim(),
    notes: draft.notes.trim(),
    ...(draft.suggestedByMemberId ? { suggestedByMemberId: draft.suggestedByMemberId } : {}),
    ...(draft.doNotAskBefore ? { doNotAskBefore: draft.doNotAskBefore } : {}),
  };
}
