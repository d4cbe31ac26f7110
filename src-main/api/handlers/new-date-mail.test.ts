// The "ny dato" mail to a booked speaker after their meeting has moved, drafted by the invitations' mail operations.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callerFor } from '../../test-support/caller';
import { startTestServices, type TestServices } from '../../test-support/test-services';

let test: TestServices;
const call = callerFor(() => test);

beforeEach(async () => {
  test = await startTestServices();
});
afterEach(async () => {
  await test.dispose();
});

describe('the new-date mail', () => {
  it('tells a booked speaker the date the meeting moved to, and is kept when the settings form leaves it out', async () => {
    const groupId = (await call('groups.createDemo', { language: 'da' })).id;
    const board = await call('invitations.board', { groupId });
    const confirmed = board.invitations.find((invitation) => invitation.state === 'confirmed')!;
    await call('meetings.move', { groupId, meetingId: confirmed.meetingId!, date: '2031-04-15' });

    const draft = await call('invitations.mailDraft', { groupId, invitationId: confirmed.id, kind: 'newDate' });
    expect(draft.subject).toMatch(/^Ny dato: .+ mødes tirsdag den 15\. april 2031$/);
    expect(draft.body).toMatch(/^Kære Eva\n/);
    expect(draft.body).toContain('Ny dato: tirsdag den 15. april 2031');
    const eml = await call('invitations.saveEml', { groupId, invitationId: confirmed.id, kind: 'newDate' });
    if (eml.kind !== 'download') throw new Error('expected a download from the headless host');
    expect(Buffer.from(eml.base64, 'base64').toString('utf8')).toContain('X-Unsent: 1');

    const { newDate: _leftOut, ...formTemplates } = (await call('invitations.settings', { groupId })).mailTemplates.da;
    const saved = await call('invitations.saveSettings', { groupId, followUpAfterDays: 7, facilitatorName: '', templates: formTemplates });
    expect(saved.mailTemplates.da.newDate.subject).toBe('Ny dato: {{groupName}} mødes {{meetingDate}}');
  });
});
