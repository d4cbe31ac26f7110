import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText } from '../../export/fixtures/docx-reader';
import { buildLetterheadTemplate } from '../../export/fixtures/letterhead-template';
import { callerFor, refusal } from '../../test-support/caller';
import { startWithDemoGroup, type TestServices } from '../../test-support/test-services';
import type { MinutesMeetingSummary } from '../operations/minutes';

let test: TestServices;
let groupId: string;
let meetings: MinutesMeetingSummary[];
const call = callerFor(() => test);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

beforeEach(async () => {
  ({ test, groupId, meetings } = await startWithDemoGroup());
});
afterEach(async () => {
  await test.dispose();
});

describe('letterhead handlers', () => {
  it('lists the understood and the unknown placeholders before export, keeping nothing', async () => {
    const check = await call('letterheads.inspect', { letterheadBase64: base64(await buildLetterheadTemplate({ withMoreFields: true })) });
    expect(check).toMatchObject({ hasBody: true, notUnderstood: ['logo'] });
    expect(check.understood).toContain('facilitator');
    expect(await call('letterheads.remembered', { groupId })).toBeNull();
  });

  it('refuses bytes that are not a Word document with a translated reason', async () => {
    const error = await refusal(call('letterheads.inspect', { letterheadBase64: base64(new TextEncoder().encode('not a docx')) }));
    expect(error).toMatchObject({ code: 'validation', params: { reason: 'notWordDocument' } });
  });

  it('remembers a template per group, and forgets it with the template returned for an undo', async () => {
    const letterheadBase64 = base64(await buildLetterheadTemplate());
    const remembered = await call('letterheads.remember', { groupId, fileName: 'Brevpapir.docx', letterheadBase64 });
    expect(remembered).toMatchObject({ fileName: 'Brevpapir.docx', check: { hasBody: true } });
    expect(await call('letterheads.remembered', { groupId })).toEqual(remembered);

    const other = (await call('groups.create', { name: 'Anden gruppe', language: 'da' })).id;
    expect(await call('letterheads.remembered', { groupId: other })).toBeNull();

    expect(await call('letterheads.forget', { groupId })).toEqual(remembered);
    expect(await call('letterheads.remembered', { groupId })).toBeNull();
  });

  it('refuses to remember a template without {{body}} and keeps the one before', async () => {
    const letterheadBase64 = base64(await buildLetterheadTemplate());
    await call('letterheads.remember', { groupId, fileName: 'A.docx', letterheadBase64 });
    const error = await refusal(
      call('letterheads.remember', { groupId, fileName: 'B.docx', letterheadBase64: base64(await buildLetterheadTemplate({ withBody: false })) }),
    );
    expect(error).toMatchObject({ params: { reason: 'missingBodyPlaceholder' } });
    expect((await call('letterheads.remembered', { groupId }))?.fileName).toBe('A.docx');
  });

  it("fills {{facilitator}} with the group's signing name when the device has no profile", async () => {
    const settings = await call('invitations.settings', { groupId });
    const { ask, confirm, remind, thank } = settings.mailTemplates.da;
    await call('invitations.saveSettings', { groupId, followUpAfterDays: 7, facilitatorName: 'Mette Facilitator', templates: { ask, confirm, remind, thank } });
    const withMinutes = meetings.find((meeting) => meeting.hasMinutes) ?? meetings[0]!;
    const result = await call('minutes.export', {
      groupId,
      version: 'members',
      scope: { kind: 'meeting', meetingId: withMinutes.id },
      letterheadBase64: base64(await buildLetterheadTemplate({ withMoreFields: true })),
    });
    if (result.kind !== 'download') throw new Error('expected a download');
    const text = allText(Uint8Array.from(Buffer.from(result.base64, 'base64')));
    expect(text).toContain('Mette Facilitator');
    expect(text).toContain('Til medlemmerne');
    expect(text).not.toMatch(/\{\{(place|version|host|facilitator)\}\}/);
  });
});
