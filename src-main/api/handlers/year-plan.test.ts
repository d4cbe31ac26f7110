// Re-planning a year through the real dispatch on a real folder: duplicates found, replace or keep, and the undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callerFor, type Caller } from '../../test-support/caller';
import { startTestServices, type TestServices } from '../../test-support/test-services';

let test: TestServices;
const call: Caller = callerFor(() => test);

const QUARTERLY = ['2027-03-09', '2027-06-08', '2027-09-14', '2027-12-14'];
const planned = (dates: readonly string[]) => dates.map((date) => ({ date, startTime: '09:00', endTime: '16:00', kind: 'fullDay' as const }));

beforeEach(async () => {
  test = await startTestServices();
});
afterEach(async () => {
  await test.dispose();
});

async function groupWithAYear() {
  const group = await call('groups.create', { name: 'CIO Øst', language: 'da' });
  const saved = await call('yearPlan.save', { groupId: group.id, planned: planned(QUARTERLY) });
  // The March meeting gets an agenda: work a re-plan must never throw away.
  const march = saved.created[0]!;
  await call('agenda.save', {
    groupId: group.id,
    meetingId: march.id,
    items: [{ id: 'a1', kind: 'welcome', title: 'Velkomst', durationMinutes: 10, responsible: { kind: 'facilitator' }, notes: '' }],
  });
  return { groupId: group.id, created: saved.created, march };
}

const datesOf = async (groupId: string) => (await call('meetings.list', { groupId })).meetings.map((meeting) => meeting.date);

describe('yearPlan', () => {
  it('saves a plan on an empty year whole, in one go', async () => {
    const group = await call('groups.create', { name: 'CIO Vest', language: 'da' });
    expect(await call('yearPlan.duplicates', { groupId: group.id, planned: QUARTERLY.map((date) => ({ date })) })).toEqual([]);
    const saved = await call('yearPlan.save', { groupId: group.id, planned: planned(QUARTERLY), duplicates: 'replace' });
    expect(saved.created.map((meeting) => meeting.date)).toEqual(QUARTERLY);
    expect(saved.replaced).toEqual([]);
    expect(await datesOf(group.id)).toEqual(QUARTERLY);
  });

  it('names the duplicates of a re-plan and what the existing meetings hold', async () => {
    const { groupId, march } = await groupWithAYear();
    const later = ['2027-03-16', '2027-06-15', '2027-09-21', '2027-12-21'];
    const duplicates = await call('yearPlan.duplicates', { groupId, planned: later.map((date) => ({ date })) });
    expect(duplicates.map((d) => [d.plannedIndex, d.meetingDate, d.sameDate, d.content])).toEqual([
      [0, '2027-03-09', false, ['agenda']],
      [1, '2027-06-08', false, []],
      [2, '2027-09-14', false, []],
      [3, '2027-12-14', false, []],
    ]);
    expect(duplicates[0]?.meetingId).toBe(march.id);
  });

  it('keep (the default) adds nothing that duplicates: the same plan saved again changes nothing', async () => {
    const { groupId } = await groupWithAYear();
    const saved = await call('yearPlan.save', { groupId, planned: planned(QUARTERLY) });
    expect(saved.created).toEqual([]);
    expect(saved.kept).toHaveLength(4);
    expect(await datesOf(groupId)).toEqual(QUARTERLY);
  });

  it('keep adds only the missing meeting of a plan with one more', async () => {
    const { groupId } = await groupWithAYear();
    const saved = await call('yearPlan.save', { groupId, planned: planned([...QUARTERLY, '2027-11-09']), duplicates: 'keep' });
    expect(saved.created.map((meeting) => meeting.date)).toEqual(['2027-11-09']);
    expect(await datesOf(groupId)).toEqual([...QUARTERLY.slice(0, 3), '2027-11-09', '2027-12-14']);
  });

  it('replace swaps the empty meetings, keeps the one with an agenda, and the undo puts everything back', async () => {
    const { groupId, march, created: before } = await groupWithAYear();
    const later = ['2027-03-16', '2027-06-15', '2027-09-21', '2027-12-21'];
    const saved = await call('yearPlan.save', { groupId, planned: planned(later), duplicates: 'replace' });
    expect(saved.created.map((meeting) => meeting.date)).toEqual(later.slice(1));
    expect(saved.replaced.map((meeting) => meeting.id)).toEqual(before.slice(1).map((meeting) => meeting.id));
    expect(saved.kept.map((kept) => [kept.meetingId, kept.content])).toEqual([[march.id, ['agenda']]]);
    expect(await datesOf(groupId)).toEqual(['2027-03-09', ...later.slice(1)]);

    const undone = await call('yearPlan.undoReplace', { groupId, createdIds: saved.created.map((m) => m.id), replaced: saved.replaced });
    expect(undone.removedIds).toHaveLength(3);
    expect(undone.keptIds).toEqual([]);
    const meetings = (await call('meetings.list', { groupId })).meetings;
    expect(meetings.map((meeting) => meeting.id)).toEqual(before.map((meeting) => meeting.id));
    expect(meetings[0]?.agenda.map((item) => item.title)).toEqual(['Velkomst']);

    // A second click on the undo changes nothing.
    await call('yearPlan.undoReplace', { groupId, createdIds: saved.created.map((m) => m.id), replaced: saved.replaced });
    expect(await datesOf(groupId)).toEqual(QUARTERLY);
  });

  it('the undo leaves a new meeting that got content in the meantime', async () => {
    const { groupId } = await groupWithAYear();
    const saved = await call('yearPlan.save', { groupId, planned: planned(['2027-06-15']), duplicates: 'replace' });
    const fresh = saved.created[0]!;
    await call('meetings.update', {
      groupId,
      meetingId: fresh.id,
      fields: {
        date: fresh.date,
        startTime: fresh.startTime,
        endTime: fresh.endTime,
        kind: fresh.kind,
        hostOrganisation: '',
        address: '',
        theme: 'Cloud',
        siteTour: false,
        dinner: false,
        jointWithSisterGroup: false,
        status: 'planned',
      },
    });
    const undone = await call('yearPlan.undoReplace', { groupId, createdIds: [fresh.id], replaced: saved.replaced });
    expect(undone.keptIds).toEqual([fresh.id]);
    expect(await datesOf(groupId)).toEqual(['2027-03-09', '2027-06-08', '2027-06-15', '2027-09-14', '2027-12-14']);
  });

  it('refuses an unknown group and an impossible date, changing nothing', async () => {
    const reply = await test.services.dispatch('yearPlan.save', { groupId: 'nope', planned: planned(QUARTERLY) });
    expect(reply.ok ? 'ok' : reply.error.code).toBe('groupNotFound');
    const { groupId } = await groupWithAYear();
    const bad = await test.services.dispatch('yearPlan.save', { groupId, planned: planned(['2027-02-30']) });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('validation');
    expect(await datesOf(groupId)).toEqual(QUARTERLY);
  });
});
