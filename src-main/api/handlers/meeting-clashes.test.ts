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

describe('meetings.clashes, the talks of a moved meeting', () => {
  it("finds the speaker's booking in another group on the new date, and a thanked speaker's talk as given", async () => {
    const east = (await call('groups.create', { name: 'CIO Øst', language: 'da' })).id;
    const west = (await call('groups.create', { name: 'CIO Vest', language: 'da' })).id;
    const eastMeeting = await call('meetings.create', { groupId: east, fields: fields('2027-04-13') });
    const moving = await call('meetings.create', { groupId: west, fields: fields('2027-03-09') });
    const invite = async (groupId: string, meetingId: string, email: string, states: ('asked' | 'confirmed' | 'materialsReceived' | 'delivered' | 'thanked')[]) => {
      const created = await call('invitations.create', {
        groupId,
        speaker: { kind: 'new', name: email === '' ? 'Bo Ravn' : 'Anna Berg', organisation: 'KL', email },
        meetingId,
        topic: 'AI',
        notes: '',
      });
      for (const to of states) await call('invitations.move', { groupId, invitationId: created.id, to });
      return created.id;
    };
    await invite(east, eastMeeting.id, 'anna@example.dk', ['asked', 'confirmed']);
    const anna = await invite(west, moving.id, 'ANNA@example.dk', ['asked']);
    const bo = await invite(west, moving.id, '', ['asked', 'confirmed', 'materialsReceived', 'delivered', 'thanked']);

    const [clashes] = await call('meetings.clashes', { groupId: west, candidates: [{ meetingId: moving.id, date: '2027-04-13', kind: 'halfDay' }] });
    expect(clashes).toEqual([
      expect.objectContaining({ kind: 'otherGroup', groupName: 'CIO Øst' }),
      { kind: 'speakerBusy', date: '2027-04-13', invitationId: anna, speakerName: 'Anna Berg', groupId: east, groupName: 'CIO Øst', meetingId: eastMeeting.id },
      { kind: 'bookedSpeaker', invitationId: anna, speakerName: 'Anna Berg' },
      { kind: 'talkGiven', invitationId: bo, speakerName: 'Bo Ravn' },
    ]);
  });
});
