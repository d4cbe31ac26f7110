import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServices, type TestServices } from '../../test-support/test-services';
import { callerFor, refusal } from '../../test-support/caller';
import { localIsoDate, localTimestamp } from '../../domain/summaries';

let test: TestServices;
const call = callerFor(() => test);

beforeEach(async () => {
  test = await startTestServices();
});
afterEach(async () => {
  await test.dispose();
});

/** The demo group; `upcoming` are its four meetings still to come (its board also has last quarter's held meeting). */
async function demoGroup() {
  const group = await call('groups.createDemo', { language: 'da' });
  const board = await call('invitations.board', { groupId: group.id });
  const today = localIsoDate(new Date());
  return { groupId: group.id, board, upcoming: board.meetings.filter((meeting) => meeting.date >= today) };
}

describe('invitations handlers', () => {
  it('creates an invitation with a new speaker suggested by a member, and moves it along the pipeline', async () => {
    const { groupId, board, upcoming } = await demoGroup();
    const member = board.members[0]!;
    const meeting = upcoming[3]!;
    const draft = {
      groupId,
      speaker: { kind: 'new' as const, name: 'Karen Vestergaard', organisation: 'Dataetisk Råd', email: '' },
      meetingId: meeting.id,
      topic: 'Dataetik i praksis',
      suggestedByMemberId: member.id,
      notes: '',
    };
    expect(await call('invitations.checkNew', draft)).toEqual([]);
    expect(await call('speakers.list', { groupId })).toHaveLength(board.speakers.length);

    const invitation = await call('invitations.create', draft);
    expect(invitation).toMatchObject({ state: 'idea', suggestedByMemberId: member.id, meetingId: meeting.id });
    const speaker = (await call('speakers.list', { groupId })).find((record) => record.id === invitation.speakerId);
    expect(speaker).toMatchObject({ name: 'Karen Vestergaard', suggestedByMemberId: member.id });

    await call('invitations.move', { groupId, invitationId: invitation.id, to: 'asked' });
    const confirmed = await call('invitations.move', { groupId, invitationId: invitation.id, to: 'confirmed' });
    expect(confirmed.history.map((step) => step.state)).toEqual(['idea', 'asked', 'confirmed']);
  });

  it('refuses an illegal move with its states and writes nothing', async () => {
    const { groupId, board } = await demoGroup();
    const idea = board.invitations.find((invitation) => invitation.state === 'idea')!;
    const refused = await refusal(call('invitations.move', { groupId, invitationId: idea.id, to: 'thanked' }));
    expect(refused).toEqual({ code: 'invalidTransition', params: { from: 'idea', to: 'thanked' } });
    const after = await call('invitations.board', { groupId });
    expect(after.invitations.find((invitation) => invitation.id === idea.id)?.state).toBe('idea');
  });

  it('moves at once when nothing warns, and holds back a move that warns with nothing written', async () => {
    const { groupId, board } = await demoGroup();
    const niels = board.invitations.find((invitation) => invitation.state === 'asked')!;
    const outcome = await call('invitations.moveUnlessConflicts', { groupId, invitationId: niels.id, to: 'confirmed' });
    expect(outcome).toMatchObject({ moved: { id: niels.id, state: 'confirmed' } });

    // A second invitation of the speaker confirmed for a meeting, to the same meeting: moving it on warns.
    const eva = board.invitations.find((invitation) => invitation.state === 'confirmed')!;
    const second = await call('invitations.create', { groupId, speaker: { kind: 'existing', speakerId: eva.speakerId }, meetingId: eva.meetingId!, topic: '', notes: '' });
    const held = await call('invitations.moveUnlessConflicts', { groupId, invitationId: second.id, to: 'asked' });
    expect(held).toEqual({ conflicts: [{ code: 'speakerTwiceInMeeting', params: { meetingId: eva.meetingId, invitationId: eva.id } }] });
    const after = await call('invitations.board', { groupId });
    expect(after.invitations.find((invitation) => invitation.id === second.id)?.state).toBe('idea');
    expect(after.invitations.find((invitation) => invitation.id === niels.id)?.state).toBe('confirmed');

    // Confirmed by the facilitator: the move is made regardless.
    expect((await call('invitations.move', { groupId, invitationId: second.id, to: 'asked' })).state).toBe('asked');
    const refused = await refusal(call('invitations.moveUnlessConflicts', { groupId, invitationId: niels.id, to: 'idea' }));
    expect(refused?.code).toBe('invalidTransition');
  });

  it('warns before booking the same person on the same day in a second group', async () => {
    const first = await demoGroup();
    const second = await demoGroup();
    // Eva Holst is confirmed for the first demo meeting; both demo groups meet on the same dates.
    const eva = second.board.speakers.find((speaker) => speaker.name === 'Eva Holst')!;
    const draft = { groupId: second.groupId, speaker: { kind: 'existing' as const, speakerId: eva.id }, meetingId: second.upcoming[0]!.id, topic: '', notes: '' };
    const conflicts = await call('invitations.checkNew', draft);
    expect(conflicts).toContainEqual({
      code: 'speakerBookedSameDay',
      params: expect.objectContaining({ groupId: first.groupId, date: first.upcoming[0]!.date, matchedBy: 'name' }),
    });
    // The check only warned; the speaker twice in the second group's own meeting is a second, separate warning.
    expect(conflicts.some((conflict) => conflict.code === 'speakerTwiceInMeeting')).toBe(true);
    expect((await call('invitations.board', { groupId: second.groupId })).invitations).toHaveLength(second.board.invitations.length);
  });

  it('changes the meeting and topic, warning first when the new meeting already has the speaker', async () => {
    const { groupId, board, upcoming } = await demoGroup();
    // Niels Thorup is asked for the second meeting; Amalie Storm is an idea for the same meeting.
    const niels = board.invitations.find((invitation) => invitation.state === 'asked')!;
    const change = { groupId, invitationId: niels.id, meetingId: upcoming[0]!.id, topic: 'IT-ledelse i praksis', notes: '' };
    expect(await call('invitations.checkUpdate', change)).toEqual([]);
    const updated = await call('invitations.update', change);
    expect(updated).toMatchObject({ meetingId: upcoming[0]!.id, topic: 'IT-ledelse i praksis', state: 'asked' });
    expect(updated.history).toEqual(niels.history);

    const eva = board.invitations.find((invitation) => invitation.state === 'confirmed')!;
    const evaSpeaker = eva.speakerId;
    const second = await call('invitations.create', { groupId, speaker: { kind: 'existing', speakerId: evaSpeaker }, topic: '', notes: '' });
    const clash = await call('invitations.checkUpdate', { groupId, invitationId: second.id, meetingId: eva.meetingId!, topic: '', notes: '' });
    expect(clash).toEqual([{ code: 'speakerTwiceInMeeting', params: { meetingId: eva.meetingId, invitationId: eva.id } }]);
    const unplanned = await call('invitations.update', { ...change, meetingId: null });
    expect(unplanned.meetingId).toBeUndefined();
    expect((await refusal(call('invitations.update', { ...change, meetingId: 'gone' })))?.code).toBe('meetingNotFound');
  });

  it('fills mail drafts from the group templates, in the group language, and saves them as .eml', async () => {
    const { groupId, board } = await demoGroup();
    const confirmed = board.invitations.find((invitation) => invitation.state === 'confirmed')!;
    await call('invitations.saveSettings', {
      groupId,
      followUpAfterDays: 5,
      facilitatorName: 'Lone Facilitator',
      templates: {
        ...(await call('invitations.settings', { groupId })).mailTemplates.da,
        confirm: { subject: 'Tak, {{speakerName}}!', body: 'Vi ses {{meetingDate}} om {{topic}}.\n{{facilitatorName}}' },
      },
    });
    const draft = await call('invitations.mailDraft', { groupId, invitationId: confirmed.id, kind: 'confirm' });
    expect(draft.subject).toBe('Tak, Eva Holst!');
    expect(draft.body).toMatch(/^Vi ses \w+dag den \d+\. \w+ \d{4} om AI i drift\.\nLone Facilitator$/);

    const opened = await call('invitations.openMail', { groupId, invitationId: confirmed.id, kind: 'confirm' });
    expect(opened).toMatchObject({ kind: 'openInRenderer', url: expect.stringMatching(/^mailto:\?subject=Tak%2C%20Eva%20Holst!/) });
    const eml = await call('invitations.saveEml', { groupId, invitationId: confirmed.id, kind: 'confirm' });
    if (eml.kind !== 'download') throw new Error('expected a download from the headless host');
    expect(eml.fileName).toMatch(/\.eml$/);
    expect(Buffer.from(eml.base64, 'base64').toString('utf8')).toContain('Subject: Tak, Eva Holst!');
  });

  it('lists what to follow up today with speaker names', async () => {
    const { groupId } = await demoGroup();
    const todo = await call('invitations.followUps', { groupId });
    expect(todo).toContainEqual(expect.objectContaining({ kind: 'awaitingAnswer', speakerName: 'Niels Thorup', daysWaiting: 9 }));
  });
});

describe('localTimestamp', () => {
  it('writes the wall time with its offset, parseable back to the same instant', () => {
    const now = new Date('2026-11-25T13:07:58.123Z');
    const stamp = localTimestamp(now);
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Date.parse(stamp)).toBe(Date.parse('2026-11-25T13:07:58Z'));
  });
});
