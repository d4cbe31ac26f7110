// search.run through dispatch and the real store: the index is built at the first search and follows every save.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
const emptyDraft = { attendance: [], guests: [], notes: [], checkInRound: [], closingRound: [] };

describe('search.run', () => {
  it('finds a decision saved after the index was built, and forgets it once removed', async () => {
    const meetingId = meetings[0]!.id;
    expect((await call('search.run', { query: 'kvantekryptering' })).total).toBe(0);

    await call('minutes.save', { groupId, meetingId, minutes: { ...emptyDraft, decisions: [{ id: 'q1', text: 'Vi ser på kvantekryptering i 2027.', level: 'room' }] }, actions: [] });
    const answer = await call('search.run', { query: 'Kvantekrypt', kind: 'decision' });
    expect(answer.hits).toHaveLength(1);
    expect(answer.hits[0]).toMatchObject({ level: 'room', groupId, meetingId, place: { section: 'minutes', meetingId, entryKey: 'decision:q1' } });
    expect(answer.facets.groups.map((group) => group.id)).toEqual([groupId]);

    await call('minutes.save', { groupId, meetingId, minutes: { ...emptyDraft, decisions: [] }, actions: [] });
    expect((await call('search.run', { query: 'kvantekryptering' })).total).toBe(0);
  });

  it('follows a group that is added', async () => {
    expect((await call('search.run', { query: 'a', groupId })).facets.groups).toHaveLength(1);
    const other = (await call('groups.create', { name: 'Søstergruppen', language: 'da' })).id;
    expect((await call('search.run', { query: 'x' })).facets.groups.map((group) => group.id).sort()).toEqual([groupId, other].sort());
  });

  it('refuses a query longer than the search box allows', async () => {
    expect((await refusal(call('search.run', { query: 'x'.repeat(201) })))?.code).toBe('validation');
  });
});
