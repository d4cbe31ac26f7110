// The minutes handlers through dispatch on real services: autosave of whole minutes, and what each export version holds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callerFor, type Caller } from '../../test-support/caller';
import { startWithDemoGroup, type TestServices } from '../../test-support/test-services';
import { allText } from '../../export/fixtures/docx-reader';
import { buildLetterheadTemplate, LETTERHEAD_SENDER } from '../../export/fixtures/letterhead-template';
import type { ActionDraft, MinutesDraft, MinutesEditorData, MinutesMeetingSummary } from '../operations/minutes';

let test: TestServices;
let groupId: string;
let meetings: MinutesMeetingSummary[];

beforeEach(async () => {
  ({ test, groupId, meetings } = await startWithDemoGroup());
});
afterEach(() => test.dispose());

const call: Caller = callerFor(() => test);

async function callError(method: string, input: unknown): Promise<string> {
  const reply = await test.services.dispatch(method, input);
  if (reply.ok) throw new Error(`${method} should have failed`);
  return reply.error.code;
}

function draftFor(editor: MinutesEditorData): MinutesDraft {
  const [first, second, third] = editor.members;
  return {
    attendance: editor.members.map((member, index) => ({ memberId: member.id, status: index === 1 ? 'excused' : 'present' })),
    guests: [{ name: 'Gæst Gæstesen', organisation: 'Kystbanen' }, { name: '  ', organisation: '' }],
    notes: [
      { id: 'n1', agendaItemId: 'general', text: 'Delbar **pointe** om drift', level: 'shareable' },
      { id: 'n2', agendaItemId: 'general', text: 'Kun for medlemmer: budgettal', level: 'members' },
      { id: 'n3', agendaItemId: 'general', text: 'Fortroligt: fyringsrunde', level: 'room' },
      { id: 'n4', agendaItemId: 'general', text: '', level: 'members' },
    ],
    decisions: [{ id: 'd1', text: 'Vi besøger Holmby næste gang', level: 'shareable' }, { id: 'd2', text: '', level: 'members' }],
    checkInRound: [
      { memberId: first!.id, text: 'Personlig status i rummet', level: 'room' },
      { memberId: second!.id, text: '', level: 'room' },
    ],
    closingRound: [{ memberId: third!.id, text: 'Afrunding for medlemmer', level: 'members' }],
  };
}

function actionsFor(editor: MinutesEditorData): ActionDraft[] {
  return [
    { id: 'a1', text: 'Send slides rundt', owner: { kind: 'facilitator' }, due: '2099-01-01', status: 'open', level: 'shareable' },
    { id: 'a2', text: 'Del budgetmodel', owner: { kind: 'member', memberId: editor.members[0]!.id }, due: '2099-01-01', status: 'open', level: 'members' },
    { id: 'a3', text: '', owner: { kind: 'facilitator' }, due: '2099-01-01', status: 'open', level: 'members' },
  ];
}

async function exportText(version: 'members' | 'shareable', extra: Record<string, unknown> = {}): Promise<string> {
  const result = await call('minutes.export', { groupId, version, scope: { kind: 'meeting', meetingId: meetings[0]!.id }, ...extra });
  if (result.kind !== 'download') throw new Error(`expected a download, got ${result.kind}`);
  expect(result.fileName).toMatch(/\.docx$/);
  return allText(Uint8Array.from(Buffer.from(result.base64, 'base64')));
}

async function saveSample(): Promise<MinutesEditorData> {
  const editor = await call('minutes.get', { groupId, meetingId: meetings[0]!.id });
  await call('minutes.save', { groupId, meetingId: meetings[0]!.id, minutes: draftFor(editor), actions: actionsFor(editor) });
  return editor;
}

describe('minutes.save', () => {
  it('writes the whole minutes, drops empty entries, and survives a restart', async () => {
    const editor = await saveSample();
    expect(editor.minutes).toBeNull();
    await test.restart();
    const saved = await call('minutes.get', { groupId, meetingId: meetings[0]!.id });
    expect(saved.minutes?.notes.map((note) => note.id)).toEqual(['n1', 'n2', 'n3']);
    expect(saved.minutes?.guests).toEqual([{ name: 'Gæst Gæstesen', organisation: 'Kystbanen' }]);
    expect(saved.minutes?.decisions.map((decision) => decision.id)).toEqual(['d1']);
    expect(saved.minutes?.checkInRound).toHaveLength(1);
    expect(saved.actions.map((action) => action.id).sort()).toEqual(['a1', 'a2']);
    expect((await call('minutes.meetings', { groupId }))[0]!.hasMinutes).toBe(true);
  });

  it('is idempotent and replaces this meeting’s actions only', async () => {
    const editor = await saveSample();
    const input = { groupId, meetingId: meetings[0]!.id, minutes: draftFor(editor), actions: actionsFor(editor).slice(0, 1) };
    await call('minutes.save', input);
    await call('minutes.save', input);
    const saved = await call('minutes.get', { groupId, meetingId: meetings[0]!.id });
    expect(saved.actions.map((action) => action.id)).toEqual(['a1']);
    expect(saved.minutes?.notes).toHaveLength(3);
  });

  it('names only the meeting when its actions, done or open, are saved again as read back from the file', async () => {
    const editor = await saveSample();
    const done = actionsFor(editor).map((action) => (action.id === 'a1' ? { ...action, status: 'done' as const } : action));
    await call('minutes.save', { groupId, meetingId: meetings[0]!.id, minutes: draftFor(editor), actions: done });
    // Records read from the file, as after any restart or a sync.
    await test.restart();
    const changes: unknown[] = [];
    const stop = test.services.onEvent((event) => void (event.type === 'groupChanged' && changes.push(event.changes)));
    await call('minutes.save', { groupId, meetingId: meetings[0]!.id, minutes: draftFor(editor), actions: done });
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    stop();
    expect(changes[0]).toEqual({ meetings: [meetings[0]!.id] });
  });

  it('keeps the day an action was done across later saves', async () => {
    const editor = await saveSample();
    const done = actionsFor(editor).map((action) => (action.id === 'a1' ? { ...action, status: 'done' as const } : action));
    await call('minutes.save', { groupId, meetingId: meetings[0]!.id, minutes: draftFor(editor), actions: done });
    const first = await call('minutes.get', { groupId, meetingId: meetings[0]!.id });
    const doneAt = first.actions.find((action) => action.id === 'a1')?.doneAt;
    expect(doneAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await call('minutes.save', { groupId, meetingId: meetings[0]!.id, minutes: draftFor(editor), actions: done });
    const again = await call('minutes.get', { groupId, meetingId: meetings[0]!.id });
    expect(again.actions.find((action) => action.id === 'a1')?.doneAt).toBe(doneAt);
  });

  it('keeps entries added elsewhere that the saving editor never held, and lets its own removals stand', async () => {
    const editor = await saveSample();
    const meetingId = meetings[0]!.id;
    // The editor held the sample's entries; meanwhile live mode captured a decision, an action and a round line.
    const held = ['notes:n1', 'notes:n2', 'notes:n3', 'decisions:d1', 'actions:a1', 'actions:a2', `checkInRound:${editor.members[0]!.id}`];
    const elsewhere = draftFor(editor);
    elsewhere.decisions.push({ id: 'live1', text: 'Besluttet i mødetilstand', level: 'members' });
    elsewhere.checkInRound[1] = { memberId: editor.members[1]!.id, text: 'Sagt i runden', level: 'room' };
    const liveAction: ActionDraft = { id: 'live2', text: 'Fanget live', owner: { kind: 'facilitator' }, due: '2099-01-01', status: 'open', level: 'members' };
    await call('minutes.save', { groupId, meetingId, minutes: elsewhere, actions: [...actionsFor(editor), liveAction] });

    // The editor, which removed d1 and a2, saves its stale copy.
    const stale = draftFor(editor);
    stale.decisions = [];
    await call('minutes.save', { groupId, meetingId, minutes: stale, actions: actionsFor(editor).filter((action) => action.id !== 'a2'), seen: held });

    const saved = await call('minutes.get', { groupId, meetingId });
    expect(saved.minutes?.decisions.map((decision) => decision.id)).toEqual(['live1']);
    expect(saved.actions.map((action) => action.id).sort()).toEqual(['a1', 'live2']);
    expect(saved.minutes?.checkInRound.map((entry) => entry.text)).toEqual(['Personlig status i rummet', 'Sagt i runden']);
  });

  it('refuses an unknown meeting and writes nothing', async () => {
    const editor = await call('minutes.get', { groupId, meetingId: meetings[0]!.id });
    expect(await callError('minutes.save', { groupId, meetingId: 'nope', minutes: draftFor(editor), actions: [] })).toBe('meetingNotFound');
    expect(await callError('minutes.get', { groupId, meetingId: 'nope' })).toBe('meetingNotFound');
  });
});

describe('minutes.export', () => {
  it('puts members’ and shareable text in the members’ version and never the room', async () => {
    await saveSample();
    const text = await exportText('members');
    expect(text).toContain('Delbar pointe om drift');
    expect(text).toContain('Kun for medlemmer: budgettal');
    expect(text).toContain('Afrunding for medlemmer');
    expect(text).toContain('Del budgetmodel');
    expect(text).not.toContain('fyringsrunde');
    expect(text).not.toContain('Personlig status i rummet');
  });

  it('puts only shareable text in the shareable version', async () => {
    await saveSample();
    const text = await exportText('shareable');
    expect(text).toContain('Delbar pointe om drift');
    expect(text).toContain('Vi besøger Holmby næste gang');
    expect(text).toContain('Send slides rundt');
    expect(text).not.toContain('budgettal');
    expect(text).not.toContain('Afrunding for medlemmer');
    expect(text).not.toContain('Del budgetmodel');
    expect(text).not.toContain('fyringsrunde');
  });

  it('fills the user’s letterhead and exports a whole year as one document', async () => {
    await saveSample();
    const template = Buffer.from(await buildLetterheadTemplate()).toString('base64');
    const onLetterhead = await exportText('shareable', { letterheadBase64: template });
    expect(onLetterhead).toContain(LETTERHEAD_SENDER);
    expect(onLetterhead).toContain('Delbar pointe om drift');
    expect(onLetterhead).not.toContain('budgettal');

    const year = Number(meetings[0]!.date.slice(0, 4));
    const result = await call('minutes.export', { groupId, version: 'members', scope: { kind: 'year', year } });
    if (result.kind !== 'download') throw new Error('expected a download');
    expect(result.fileName).toContain(String(year));
    expect(allText(Uint8Array.from(Buffer.from(result.base64, 'base64')))).toContain('budgettal');
  });

  it('refuses a letterhead that is not a Word document', async () => {
    await saveSample();
    const reply = await test.services.dispatch('minutes.export', {
      groupId,
      version: 'members',
      scope: { kind: 'meeting', meetingId: meetings[0]!.id },
      letterheadBase64: Buffer.from('not a docx').toString('base64'),
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation', params: { field: 'letterhead' } } });
  });
});
