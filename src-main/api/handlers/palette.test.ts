// The palette's index through dispatch: open groups only, each with its people and meetings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callerFor, type Caller } from '../../test-support/caller';
import { startWithDemoGroup, type TestServices } from '../../test-support/test-services';

let test: TestServices;
let groupId: string;

beforeEach(async () => {
  ({ test, groupId } = await startWithDemoGroup());
});
afterEach(() => test.dispose());

const call: Caller = callerFor(() => test);

describe('palette.index', () => {
  it('gives every open group with its members, speakers and meetings, and leaves archived groups out', async () => {
    const other = await call('groups.create', { name: 'Arkiveret', language: 'da' });
    await call('groups.setArchived', { groupId: other.id, archived: true });
    const index = await call('palette.index', {});
    expect(index.map((entry) => entry.groupId)).toEqual([groupId]);
    const [demo] = index;
    expect(demo?.members.length).toBeGreaterThan(5);
    expect(demo?.speakers.length).toBeGreaterThan(3);
    expect(demo?.meetings.length).toBeGreaterThan(0);
  });
});
