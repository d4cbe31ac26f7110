import { describe, expect, it } from 'vitest';
import { clashesFor, clashesToWeigh, speakersToTell, type ScheduledMeeting } from './calendar-conflicts';

const scheduled = (groupId: string, id: string, date: string, extra: Partial<ScheduledMeeting['meeting']> = {}): ScheduledMeeting => ({
  groupId,
  groupName: groupId === 'a' ? 'CIO Øst' : 'CIO Vest',
  meeting: { id, date, kind: 'halfDay', jointWithSisterGroup: false, hostOrganisation: '', ...extra },
});
const candidate = (date: string, extra: Partial<{ kind: 'halfDay' | 'overnight'; hostOrganisation: string; jointWithSisterGroup: boolean }> = {}) => ({
  groupId: 'b',
  meeting: { date, kind: 'halfDay' as const, jointWithSisterGroup: false, hostOrganisation: '', ...extra },
});

describe('clashesFor', () => {
  it("finds another group's meeting on the same day", () => {
    expect(clashesFor(candidate('2027-03-04'), [scheduled('a', 'm1', '2027-03-04'), scheduled('a', 'm2', '2027-03-05')])).toEqual([
      { kind: 'otherGroup', date: '2027-03-04', groupId: 'a', groupName: 'CIO Øst', meetingId: 'm1' },
    ]);
  });

  it('finds a Danish holiday, also on the second day of an overnight meeting', () => {
    expect(clashesFor(candidate('2027-12-24'), [])).toMatchObject([{ kind: 'holiday', date: '2027-12-24' }]);
    expect(clashesFor(candidate('2027-12-23', { kind: 'overnight' }), [])).toMatchObject([{ kind: 'holiday', date: '2027-12-24' }]);
  });

  it("finds the host's other meetings that day in any group, host names compared without case", () => {
    const clashes = clashesFor(candidate('2027-03-04', { hostOrganisation: 'Region Midt' }), [
      scheduled('a', 'm1', '2027-03-04', { hostOrganisation: 'region midt ' }),
      scheduled('b', 'm3', '2027-03-04', { hostOrganisation: 'Region Midt' }),
    ]);
    expect(clashes.map((clash) => clash.kind)).toEqual(['otherGroup', 'hostBusy', 'hostBusy']);
  });

  it('does not call a joint sister-group meeting a clash, nor a meeting clash with itself', () => {
    const joint = clashesFor(candidate('2027-03-04', { jointWithSisterGroup: true }), [scheduled('a', 'm1', '2027-03-04', { jointWithSisterGroup: true })]);
    expect(joint).toEqual([]);
    expect(clashesFor({ ...candidate('2027-03-04'), meetingId: 'own' }, [scheduled('b', 'own', '2027-03-04')])).toEqual([]);
  });

  it('lists the booked talks of a moved meeting last, so each speaker can be told the new date', () => {
    const clashes = clashesFor(candidate('2027-12-24'), [], [{ invitationId: 'i1', speakerName: 'Lars Bech' }]);
    expect(clashes.map((clash) => clash.kind)).toEqual(['holiday', 'bookedSpeaker']);
  });

  it('finds nothing on a free weekday without a host', () => {
    expect(clashesFor(candidate('2027-03-04'), [scheduled('a', 'm1', '2027-03-11')])).toEqual([]);
  });
});

describe('clashesFor, the talks of a moved meeting', () => {
  const busyElsewhere = {
    invitationId: 'i1',
    speakerName: 'Anna Berg',
    otherBookings: [{ days: ['2027-04-13', '2027-04-14'], groupId: 'a', groupName: 'CIO Øst', meetingId: 'm9' }],
  };

  it("finds a booked speaker's other booking on any day of the new date, the second day of an overnight one too", () => {
    expect(clashesFor(candidate('2027-04-14'), [], [busyElsewhere])).toEqual([
      { kind: 'speakerBusy', date: '2027-04-14', invitationId: 'i1', speakerName: 'Anna Berg', groupId: 'a', groupName: 'CIO Øst', meetingId: 'm9' },
      { kind: 'bookedSpeaker', invitationId: 'i1', speakerName: 'Anna Berg' },
    ]);
    expect(clashesFor(candidate('2027-04-12', { kind: 'overnight' }), [], [busyElsewhere]).map((clash) => clash.kind)).toEqual([
      'speakerBusy',
      'bookedSpeaker',
    ]);
    expect(clashesFor(candidate('2027-04-15'), [], [busyElsewhere]).map((clash) => clash.kind)).toEqual(['bookedSpeaker']);
  });

  it('calls a talk already given a talk given, not a speaker to tell of the new date', () => {
    expect(clashesFor(candidate('2027-03-04'), [], [{ invitationId: 'i2', speakerName: 'Bo Ravn', given: true }])).toEqual([
      { kind: 'talkGiven', invitationId: 'i2', speakerName: 'Bo Ravn' },
    ]);
  });
});

describe('clashesToWeigh and speakersToTell', () => {
  it('weighs every clash but a talk still ahead, whose speaker is only told the new date', () => {
    const clashes = clashesFor(candidate('2027-12-24'), [], [
      { invitationId: 'i1', speakerName: 'Anna Berg' },
      { invitationId: 'i2', speakerName: 'Bo Ravn', given: true },
    ]);
    expect(clashesToWeigh(clashes).map((clash) => clash.kind)).toEqual(['holiday', 'talkGiven']);
    expect(speakersToTell(clashes)).toEqual([{ kind: 'bookedSpeaker', invitationId: 'i1', speakerName: 'Anna Berg' }]);
    expect(clashesToWeigh(clashesFor(candidate('2027-03-04'), [], [{ invitationId: 'i1', speakerName: 'Anna Berg' }]))).toEqual([]);
  });
});
