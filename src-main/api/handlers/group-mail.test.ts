// Mails to the group through the real services; the .eml is read back with mailparser, an independent MIME parser.
import { strFromU8, unzipSync } from 'fflate';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callerFor, refusal } from '../../test-support/caller';
import { startTestServices, type TestServices } from '../../test-support/test-services';
import type { GroupMailResult } from '../operations/group-mail';

let test: TestServices;
const call = callerFor(() => test);

beforeEach(async () => {
  test = await startTestServices();
});
afterEach(async () => {
  await test.dispose();
});

const profile = { name: 'Karen Friis', title: 'Facilitator', organisation: 'IT-foreningen', phone: '', email: 'kf@it.dk', signature: '' };

async function demoMeeting() {
  const group = await call('groups.createDemo', { language: 'da' });
  const meetings = await call('minutes.meetings', { groupId: group.id });
  const meeting = meetings.find((candidate) => !candidate.hasMinutes) ?? meetings[0]!;
  return { groupId: group.id, meetingId: meeting.id };
}

async function parsedDownload(result: GroupMailResult) {
  if (result.kind !== 'download') throw new Error(`expected a download, got ${result.kind}`);
  expect(result.mimeType).toBe('message/rfc822');
  expect(result.fileName).toMatch(/\.eml$/);
  return simpleParser(Buffer.from(result.base64, 'base64'));
}

describe('profile handlers', () => {
  it('starts unasked, saves the profile cleaned, and refuses a bad e-mail without changing it', async () => {
    expect(await call('profile.get', {})).toEqual({ profile: null });
    expect(await call('profile.save', { ...profile, name: ' Karen   Friis ' })).toEqual({ profile });
    expect((await refusal(call('profile.save', { ...profile, email: 'not an address' })))?.code).toBe('validation');
    expect(await call('profile.get', {})).toEqual({ profile });
  });
});

describe('group mail handlers', () => {
  it('records replies and counts them among the members of the meeting\'s day', async () => {
    const { groupId, meetingId } = await demoMeeting();
    const before = await call('groupMail.overview', { groupId, meetingId });
    const [first, second] = before.members;
    await call('groupMail.setReply', { groupId, meetingId, memberId: first!.id, reply: { answer: 'coming', dinner: true } });
    await call('groupMail.setReply', { groupId, meetingId, memberId: second!.id, reply: { answer: 'notComing' } });
    const after = await call('groupMail.overview', { groupId, meetingId });
    expect(after.counts).toEqual({ coming: 1, notComing: 1, dinner: 1, unanswered: before.members.length - 2 });
    expect(after.members.find((member) => member.id === first!.id)?.reply).toEqual({ memberId: first!.id, answer: 'coming', dinner: true });
    await call('groupMail.setReply', { groupId, meetingId, memberId: first!.id, reply: null });
    expect((await call('groupMail.overview', { groupId, meetingId })).counts.coming).toBe(0);
    expect((await refusal(call('groupMail.setReply', { groupId, meetingId, memberId: 'nobody', reply: null })))?.code).toBe('memberNotFound');
  });

  it('makes the invitation to every member with an address, the Word invitation naming the facilitator and the .ics attached', async () => {
    await call('profile.save', profile);
    const { groupId, meetingId } = await demoMeeting();
    const welcome = { id: 'welcome', kind: 'welcome' as const, title: 'Velkomst', durationMinutes: 10, responsible: { kind: 'facilitator' as const }, notes: '' };
    await call('agenda.save', { groupId, meetingId, items: [welcome] });
    const overview = await call('groupMail.overview', { groupId, meetingId });
    expect(overview.signed).toBe(true);
    const parsed = await parsedDownload(await call('groupMail.make', { groupId, meetingId, mail: { kind: 'invitation' }, delivery: 'open' }));
    const to = (Array.isArray(parsed.to) ? parsed.to : [parsed.to]).flatMap((address) => address?.value ?? []);
    expect(to).toHaveLength(overview.members.filter((member) => member.hasEmail).length);
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Karen Friis', address: 'kf@it.dk' });
    expect(parsed.subject).toMatch(/^Invitation: /);
    expect(parsed.text).toContain('Venlig hilsen\nKaren Friis\nFacilitator, IT-foreningen\nkf@it.dk');
    expect(parsed.text).not.toMatch(/\{\{|\.\.(?!\.)/);
    const [docx, ics] = parsed.attachments;
    expect(docx?.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx?.filename).toMatch(/^Invitation \d{4}-\d{2}-\d{2} - .+\.docx$/);
    const documentXml = strFromU8(unzipSync(new Uint8Array(docx!.content))['word/document.xml'] ?? new Uint8Array());
    expect(documentXml).toContain('Karen Friis');
    expect(ics?.contentType).toBe('text/calendar');
    expect(ics?.filename).toMatch(/\.ics$/);
    expect(ics?.content.toString('utf8')).toContain('BEGIN:VEVENT');
  });

  it('refuses the minutes mail before there are minutes, then sends the members\' version, and an owner their actions', async () => {
    const { groupId, meetingId } = await demoMeeting();
    expect((await refusal(call('groupMail.make', { groupId, meetingId, mail: { kind: 'minutes' }, delivery: 'save' })))?.code).toBe('nothingToMail');
    const owner = (await call('groupMail.overview', { groupId, meetingId })).members.find((member) => member.hasEmail)!;
    const empty = { attendance: [], guests: [], notes: [], decisions: [], checkInRound: [], closingRound: [] };
    const action = (id: string, text: string, level: 'room' | 'members') => ({
      id,
      text,
      owner: { kind: 'member' as const, memberId: owner.id },
      due: '2030-01-15',
      status: 'open' as const,
      level,
    });
    await call('minutes.save', { groupId, meetingId, minutes: empty, actions: [action('a1', 'Del erfaringerne', 'members'), action('a2', 'Hemmelig sag', 'room')] });

    const minutes = await parsedDownload(await call('groupMail.make', { groupId, meetingId, mail: { kind: 'minutes' }, delivery: 'save' }));
    expect(minutes.attachments.map((attachment) => attachment.filename)).toEqual([expect.stringMatching(/^Referat .*Til medlemmerne.*\.docx$/)]);

    const overview = await call('groupMail.overview', { groupId, meetingId });
    expect(overview.actionOwners).toEqual([{ memberId: owner.id, name: owner.name, hasEmail: true, actionCount: 1 }]);
    const mail = await parsedDownload(await call('groupMail.make', { groupId, meetingId, mail: { kind: 'actions', memberId: owner.id }, delivery: 'save' }));
    expect(mail.text).toContain('- Del erfaringerne (frist tirsdag den 15. januar 2030)');
    expect(mail.text).not.toContain('Hemmelig sag');
    expect(mail.attachments).toEqual([]);
  });
});

