// The Chatham House export through dispatch: the check before export finds a name left in a shareable entry, the
// export itself prints roles, and the members' version cannot be asked for with roles.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText } from '../../export/fixtures/docx-reader';
import { callerFor, refusal, type Caller } from '../../test-support/caller';
import { startWithDemoGroup, type TestServices } from '../../test-support/test-services';
import type { MinutesMeetingSummary } from '../operations/minutes';

let test: TestServices;
let groupId: string;
let meetings: MinutesMeetingSummary[];

beforeEach(async () => {
  ({ test, groupId, meetings } = await startWithDemoGroup());
});
afterEach(() => test.dispose());

const call: Caller = callerFor(() => test);

describe('Chatham House minutes', () => {
  it('checks for names left, exports roles instead of names, and refuses roles in the members version', async () => {
    const meetingId = meetings[0]!.id;
    const editor = await call('minutes.get', { groupId, meetingId });
    const [first, second] = editor.members;
    const firstName = first!.name.split(' ')[0]!;
    await call('minutes.save', {
      groupId,
      meetingId,
      minutes: {
        attendance: editor.members.map((member) => ({ memberId: member.id, status: 'present' })),
        guests: [],
        notes: [
          { id: 'n1', agendaItemId: 'general', text: `${first!.name} fortalte om ${second!.organisation}.`, level: 'shareable' },
          { id: 'n2', agendaItemId: 'general', text: `Og ${firstName} tilføjede noget.`, level: 'shareable' },
          { id: 'n3', agendaItemId: 'general', text: `${second!.name} i rummet`, level: 'room' },
        ],
        decisions: [],
        checkInRound: [{ memberId: second!.id, text: 'Travlt', level: 'shareable' }],
        closingRound: [],
      },
      actions: [],
    });
    const scope = { kind: 'meeting' as const, meetingId };

    const findings = await call('minutes.chathamHouseCheck', { groupId, scope });
    expect(findings).toEqual([expect.objectContaining({ kind: 'member', found: firstName, of: first!.name, place: 'note', meetingId })]);

    const exported = await call('minutes.export', { groupId, version: 'shareable', scope, chathamHouse: true });
    if (exported.kind !== 'download') throw new Error(`expected a download, got ${exported.kind}`);
    expect(exported.fileName).toContain('Chatham House');
    const text = allText(Uint8Array.from(Buffer.from(exported.base64, 'base64')));
    for (const member of editor.members) expect(text).not.toContain(member.name);
    expect(text).not.toContain(second!.organisation);
    expect(text).toContain('Chatham House');

    const refused = await refusal(call('minutes.export', { groupId, version: 'members', scope, chathamHouse: true }));
    expect(refused?.code).toBe('validation');
  });
});
