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
});
