import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServices, type TestServices } from '../../test-support/test-services';
import { callerFor, refusal } from '../../test-support/caller';

let test: TestServices;
const call = callerFor(() => test);

const speakerFields = {
  name: 'Eva Holst',
  title: 'Programchef',
  organisation: 'Kystbanen Digital',
  email: 'eva@kystbanen.dk',
  phone: '',
  topics: ['AI i drift'],
  bio: '',
  notes: '',
};

beforeEach(async () => {
  test = await startTestServices();
});
afterEach(async () => {
  await test.dispose();
});

describe('speakers handlers', () => {
  it('creates, edits and deletes a speaker with undo; refuses an unknown suggesting member', async () => {
    const groupId = (await call('groups.create', { name: 'CIO Øst', language: 'da' })).id;
    const speaker = await call('speakers.create', { groupId, speaker: { ...speakerFields, doNotAskBefore: '2027-01-01' } });
    const edited = await call('speakers.update', { groupId, speakerId: speaker.id, speaker: { ...speakerFields, topics: ['NIS2'] } });
    expect(edited).toMatchObject({ topics: ['NIS2'] });
    expect(edited.doNotAskBefore).toBeUndefined();
    const removed = await call('speakers.delete', { groupId, speakerId: speaker.id });
    expect(await call('speakers.list', { groupId })).toEqual([]);
    await call('speakers.restore', { groupId, speaker: removed });
    expect(await call('speakers.list', { groupId })).toEqual([edited]);
    const unknownMember = call('speakers.create', { groupId, speaker: { ...speakerFields, suggestedByMemberId: 'ghost' } });
    expect((await refusal(unknownMember))?.code).toBe('memberNotFound');
  });

  it('will not delete a speaker who has invitations', async () => {
    const demo = await call('groups.createDemo', { language: 'da' });
    const board = await call('invitations.board', { groupId: demo.id });
    const busy = board.invitations[0]!.speakerId;
    expect((await refusal(call('speakers.delete', { groupId: demo.id, speakerId: busy })))?.code).toBe('speakerHasInvitations');
  });

  it('finds speakers of other groups with their talks, copies one, and shows its history across groups', async () => {
    const demo = await call('groups.createDemo', { language: 'da' });
    const own = (await call('groups.create', { name: 'IT-drift Vest', language: 'da' })).id;
    const elsewhere = await call('speakers.elsewhere', { groupId: own });
    const eva = elsewhere.find((entry) => entry.speaker.name === 'Eva Holst')!;
    expect(eva).toMatchObject({ groupId: demo.id, alreadyInGroup: false });
    expect(eva.talks.map((talk) => talk.state)).toEqual(['confirmed']);

    const copy = await call('speakers.copyFromGroup', { groupId: own, fromGroupId: demo.id, speakerId: eva.speaker.id });
    expect(copy.id).not.toBe(eva.speaker.id);
    expect(copy.suggestedByMemberId).toBeUndefined();
    expect((await call('speakers.elsewhere', { groupId: own })).find((entry) => entry.speaker.id === eva.speaker.id)?.alreadyInGroup).toBe(true);

    const history = await call('speakers.history', { groupId: own, speakerId: copy.id });
    expect(history).toEqual([expect.objectContaining({ groupId: demo.id, state: 'confirmed', topic: 'AI i drift' })]);
  });

  it('records how a held talk went, shows it in the history, and lists the speaker as worth asking again a year on', async () => {
    const groupId = (await call('groups.create', { name: 'CIO Øst', language: 'da' })).id;
    const meetingFields = (date: string) => ({
      date, startTime: '09:00', endTime: '16:00', kind: 'fullDay' as const, hostOrganisation: '', address: '', theme: 'Cloud',
      siteTour: false, dinner: false, jointWithSisterGroup: false, status: 'planned' as const,
    });
    const held = await call('meetings.create', { groupId, fields: meetingFields('2020-03-03') });
    const coming = await call('meetings.create', { groupId, fields: meetingFields('2099-03-03') });
    const speaker = await call('speakers.create', { groupId, speaker: speakerFields });
    const talk = await call('invitations.create', { groupId, speaker: { kind: 'existing', speakerId: speaker.id }, meetingId: held.id, topic: 'AI i drift', notes: '' });
    const later = await call('invitations.create', { groupId, speaker: { kind: 'existing', speakerId: speaker.id }, meetingId: coming.id, topic: 'Igen', notes: '' });

    // Asked is not a talk yet, and a meeting still to come has no closing round to rate from.
    expect((await refusal(call('speakers.rateTalk', { groupId, invitationId: talk.id, rating: 5, note: '' })))?.code).toBe('talkNotHeld');
    await call('invitations.move', { groupId, invitationId: talk.id, to: 'asked' });
    await call('invitations.move', { groupId, invitationId: talk.id, to: 'confirmed' });
    await call('invitations.move', { groupId, invitationId: later.id, to: 'asked' });
    await call('invitations.move', { groupId, invitationId: later.id, to: 'confirmed' });
    expect((await refusal(call('speakers.rateTalk', { groupId, invitationId: later.id, rating: 5, note: '' })))?.code).toBe('talkNotHeld');
    expect((await refusal(call('speakers.rateTalk', { groupId, invitationId: 'ghost', rating: 5, note: '' })))?.code).toBe('invitationNotFound');

    const rated = await call('speakers.rateTalk', { groupId, invitationId: talk.id, rating: 5, note: '  Skarp og ærlig ' });
    expect(rated).toMatchObject({ rating: 5, ratingNote: 'Skarp og ærlig', meetingDate: '2020-03-03', meetingTheme: 'Cloud', rateable: true });
    expect((await call('speakers.history', { groupId, speakerId: speaker.id })).find((entry) => entry.invitationId === talk.id)).toEqual(rated);
    // Booked again already: not on the list until that talk is cancelled.
    expect(await call('speakers.worthAskingAgain', { groupId })).toEqual([]);
    await call('invitations.move', { groupId, invitationId: later.id, to: 'cancelled' });
    expect(await call('speakers.worthAskingAgain', { groupId })).toEqual([
      { speakerId: speaker.id, name: 'Eva Holst', averageRating: 5, ratedTalks: 1, lastHeard: '2020-03-03', lastTopic: 'AI i drift' },
    ]);

    const cleared = await call('speakers.rateTalk', { groupId, invitationId: talk.id, rating: null, note: '' });
    expect(cleared.rating).toBeUndefined();
    expect(cleared.ratingNote).toBeUndefined();
  });
});
