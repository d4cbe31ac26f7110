// The clash check before a meeting is placed: across groups, with the booked speakers of a moved meeting.
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

const fields = (date: string, hostOrganisation = '') => ({
  date,
  startTime: '13:00',
  endTime: '16:00',
  kind: 'halfDay' as const,
  hostOrganisation,
  address: '',
  theme: '',
  siteTour: false,
  dinner: false,
  jointWithSisterGroup: false,
  status: 'planned' as const,
});

describe('meetings.clashes', () => {
  it("shows another group's meeting, a holiday, the host's other meeting and a moved meeting's booked speaker", async () => {
    const east = (await call('groups.create', { name: 'CIO Øst', language: 'da' })).id;
    const west = (await call('groups.create', { name: 'CIO Vest', language: 'da' })).id;
    await call('meetings.create', { groupId: east, fields: fields('2027-03-04', 'Region Midt') });
    const own = await call('meetings.create', { groupId: west, fields: fields('2027-02-11') });
    const invitation = await call('invitations.create', {
      groupId: west,
      speaker: { kind: 'new', name: 'Lars Bech', organisation: 'KL', email: '' },
      meetingId: own.id,
      topic: 'AI',
      notes: '',
    });
    await call('invitations.move', { groupId: west, invitationId: invitation.id, to: 'asked' });

    const [planned, onHoliday, moved, kept] = await call('meetings.clashes', {
      groupId: west,
      candidates: [
        { date: '2027-03-04', kind: 'halfDay', hostOrganisation: 'Region Midt' },
        { date: '2027-12-24', kind: 'halfDay' },
        { meetingId: own.id, date: '2027-03-04', kind: 'halfDay' },
        { meetingId: own.id, date: '2027-02-11', kind: 'halfDay' },
      ],
    });
    expect(planned!.map((clash) => clash.kind)).toEqual(['otherGroup', 'hostBusy']);
    expect(planned![0]).toMatchObject({ groupName: 'CIO Øst', date: '2027-03-04' });
    expect(onHoliday).toMatchObject([{ kind: 'holiday' }]);
    expect(moved).toEqual([
      expect.objectContaining({ kind: 'otherGroup' }),
      { kind: 'bookedSpeaker', invitationId: invitation.id, speakerName: 'Lars Bech' },
    ]);
    expect(kept).toEqual([]);
  });
});
