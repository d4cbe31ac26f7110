import { describe, expect, it } from 'vitest';
import { draftFromSpeaker, speakerDraftProblems, speakerFieldsOf } from './speaker-draft';

describe('speaker draft', () => {
  it('requires a name and a plausible e-mail', () => {
    const draft = { ...draftFromSpeaker(null), email: 'eva at kystbanen' };
    expect(speakerDraftProblems(draft)).toEqual({ name: 'required', email: 'invalidEmail' });
    expect(speakerFieldsOf(draft)).toBeNull();
  });

  it('trims and deduplicates topics and keeps who suggested the speaker', () => {
    const draft = { ...draftFromSpeaker(null), name: ' Eva Holst ', topics: ['NIS2', ' NIS2 ', '', 'AI'], suggestedByMemberId: 'm1', doNotAskBefore: '2027-01-01' };
    expect(speakerFieldsOf(draft)).toMatchObject({ name: 'Eva Holst', topics: ['NIS2', 'AI'], suggestedByMemberId: 'm1', doNotAskBefore: '2027-01-01' });
  });

  it('leaves out who suggested the speaker when the facilitator found them', () => {
    expect(speakerFieldsOf({ ...draftFromSpeaker(null), name: 'Eva' })).not.toHaveProperty('suggestedByMemberId');
  });
});
