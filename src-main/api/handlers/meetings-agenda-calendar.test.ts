// Meetings, agendas and the calendar through the real dispatch on a real folder: what the renderer relies on.
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../contract';
import { callerFor, type Caller } from '../../test-support/caller';
import { startTestServices, type TestServices } from '../../test-support/test-services';

let test: TestServices;

const call: Caller = callerFor(() => test);

async function errorOf(method: MethodName, input: unknown): Promise<string> {
  const reply = await test.services.dispatch(method, input);
  return reply.ok ? 'ok' : reply.error.code;
}

const fields = { date: '2027-03-09', startTime: '09:00', endTime: '16:00', kind: 'fullDay' as const };

beforeEach(async () => {
  test = await startTestServices();
});
afterEach(async () => {
  await test.dispose();
});

describe('meetings', () => {
  it('plans a year from a rule, saves all four, and lists them in date order', async () => {
    const group = await call('groups.create', { name: 'CIO Øst', language: 'da' });
    const preview = await call('meetings.previewYear', {
      year: 2027,
      rule: { kind: 'nthWeekday', weekday: 2, week: 2, months: [3, 6, 9, 12] },
      kind: 'fullDay',
    });
    expect(preview.map((planned) => planned.date)).toEqual(['2027-03-09', '2027-06-08', '2027-09-14', '2027-12-14']);
    await call('yearPlan.save', {
      groupId: group.id,
      planned: preview.map(({ date, startTime, endTime, kind }) => ({ date, startTime, endTime, kind })).reverse(),
    });
    const listed = await call('meetings.list', { groupId: group.id });
    expect(listed.meetings.map((meeting) => meeting.date)).toEqual(preview.map((planned) => planned.date));
  });

  it('moves, deletes and restores a meeting with its agenda', async () => {
    const group = await call('groups.create', { name: 'CIO Øst', language: 'da' });
    const created = await call('meetings.create', { groupId: group.id, fields: { ...fields, hostOrganisation: 'Region Syd' } });
    await call('agenda.save', {
      groupId: group.id,
      meetingId: created.id,
      items: [{ id: 'a1', kind: 'welcome', title: 'Velkomst', durationMinutes: 10, responsible: { kind: 'facilitator' }, notes: '' }],
    });
    const moved = await call('meetings.move', { groupId: group.id, meetingId: created.id, date: '2027-03-10' });
    expect(moved.date).toBe('2027-03-10');
    const deleted = await call('meetings.delete', { groupId: group.id, meetingId: created.id });
    expect((await call('meetings.list', { groupId: group.id })).meetings).toEqual([]);
    await call('meetings.restore', { groupId: group.id, meeting: deleted });
    const [restored] = (await call('meetings.list', { groupId: group.id })).meetings;
    expect(restored?.agenda.map((item) => item.title)).toEqual(['Velkomst']);
    expect((await call('meetings.list', { groupId: group.id })).rotation.hosted[0]?.organisation).toBe('Region Syd');
  });

  it('refuses an unknown meeting and an impossible date', async () => {
    const group = await call('groups.create', { name: 'CIO Øst', language: 'da' });
    expect(await errorOf('meetings.move', { groupId: group.id, meetingId: 'nope', date: '2027-03-10' })).toBe('meetingNotFound');
    expect(await errorOf('meetings.create', { groupId: group.id, fields: { ...fields, date: '2027-02-30' } })).toBe('validation');
    expect(await errorOf('meetings.create', { groupId: group.id, fields: { ...fields, startTime: '25:00' } })).toBe('validation');
  });

  it('exports one meeting or the year as iCalendar', async () => {
    const group = await call('groups.create', { name: 'CIO Øst', language: 'da' });
    const created = await call('meetings.create', { groupId: group.id, fields });
    await call('meetings.create', { groupId: group.id, fields: { ...fields, date: '2028-01-11' } });
    const one = await call('meetings.exportIcs', { groupId: group.id, meetingId: created.id });
    const year = await call('meetings.exportIcs', { groupId: group.id, year: 2027 });
    if (one.kind !== 'download' || year.kind !== 'download') throw new Error('expected downloads');
    const text = Buffer.from(year.base64, 'base64').toString('utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20270309T090000');
    expect(one.fileName).toMatch(/\.ics$/);
  });
});

describe('agenda', () => {
  it("offers the agenda tab's picker the meetings in date order, by id, date and theme only", async () => {
    const group = await call('groups.create', { name: 'CIO Øst', language: 'da' });
    const later = await call('meetings.create', { groupId: group.id, fields: { ...fields, date: '2027-06-08', theme: 'AI' } });
    const earlier = await call('meetings.create', { groupId: group.id, fields });
    const choices = await call('agenda.meetingChoices', { groupId: group.id });
    expect(choices.meetings).toEqual([
      { id: earlier.id, date: '2027-03-09', theme: '' },
      { id: later.id, date: '2027-06-08', theme: 'AI' },
    ]);
    expect(choices.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('offers the built-in templates, saves a group template, and exports the invitation with the agenda', async () => {
    const group = await call('groups.create', { name: 'CIO Øst', language: 'da' });
    const meeting = await call('meetings.create', { groupId: group.id, fields });
    const editor = await call('agenda.get', { groupId: group.id, meetingId: meeting.id });
    expect(editor.templates.map((template) => template.id)).toEqual(['builtin-fullDay', 'builtin-halfDay', 'builtin-overnight']);
    const items = [{ id: 'a1', kind: 'talk' as const, title: 'Cloud-exit i praksis', durationMinutes: 45, responsible: { kind: 'none' as const }, notes: '' }];
    await call('agenda.save', { groupId: group.id, meetingId: meeting.id, items });
    const template = await call('agenda.saveTemplate', {
      groupId: group.id,
      name: 'Vores heldag',
      meetingKind: 'fullDay',
      items: items.map(({ kind, title, durationMinutes, responsible, notes }) => ({ kind, title, durationMinutes, responsible, notes })),
    });
    expect((await call('agenda.get', { groupId: group.id, meetingId: meeting.id })).templates.at(-1)).toEqual(template);
    expect(await call('agenda.deleteTemplate', { groupId: group.id, templateId: template.id })).toEqual(template);
    expect(await call('agenda.deleteTemplate', { groupId: group.id, templateId: template.id })).toBeNull();
    expect((await call('agenda.get', { groupId: group.id, meetingId: meeting.id })).templates).toHaveLength(3);

    const exported = await call('agenda.exportInvitation', { groupId: group.id, meetingId: meeting.id });
    if (exported.kind !== 'download') throw new Error('expected a download');
    const documentXml = strFromU8(unzipSync(Buffer.from(exported.base64, 'base64'))['word/document.xml'] ?? new Uint8Array());
    expect(documentXml).toContain('Cloud-exit i praksis');
    expect(documentXml).toContain('09:00');
  });
});

describe('calendar', () => {
  it('lists the meetings of every active group with the conflicts between them', async () => {
    const east = await call('groups.create', { name: 'CIO Øst', language: 'da' });
    const west = await call('groups.create', { name: 'CIO Vest', language: 'da' });
    const archived = await call('groups.create', { name: 'Arkiv', language: 'da' });
    await call('meetings.create', { groupId: east.id, fields });
    await call('meetings.create', { groupId: west.id, fields });
    await call('meetings.create', { groupId: west.id, fields: { ...fields, date: '2027-12-24' } });
    await call('meetings.create', { groupId: archived.id, fields });
    await call('groups.setArchived', { groupId: archived.id, archived: true });

    const overview = await call('calendar.overview', {});
    expect(overview.groups.map((group) => group.name)).toEqual(['CIO Vest', 'CIO Øst']); // Danish order: Ø after V
    expect(overview.entries).toHaveLength(3);
    expect(overview.conflicts.map((conflict) => `${conflict.kind} ${conflict.date}`)).toEqual([
      'sameDay 2027-03-09',
      'holiday 2027-12-24',
    ]);
  });
});
