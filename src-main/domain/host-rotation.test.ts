import { describe, expect, it } from 'vitest';
import { hostingQueue, hostOptions, hostRotation, organisationKey, suggestedHosts } from './host-rotation';
import type { Meeting, Member } from './model';
import { NEW_MEETING_DETAILS } from './year-plan';

const member = (id: string, employments: Member['employments'], extra: Partial<Member> = {}): Member => ({
  id,
  name: id,
  email: '',
  phone: '',
  employments,
  notes: '',
  ...extra,
});
const job = (organisation: string, from?: string, to?: string) => ({ organisation, title: '', sector: 'other' as const, from, to });
const meeting = (id: string, date: string, hostOrganisation: string): Meeting => ({
  id, date, startTime: '09:00', endTime: '16:00', kind: 'fullDay', ...NEW_MEETING_DETAILS, hostOrganisation, agenda: [],
});

const TODAY = '2026-11-25';

describe('hostRotation', () => {
  const members = [
    member('m1', [job('Region Syd', '2019-01-01')]),
    member('m2', [job('Aarhus Kommune')]),
    member('m3', [job('Aarhus  kommune ')]),
    member('m4', [job('Skat')]),
    member('m5', [job('Novo')], { left: '2025-01-01' }),
    member('m6', [job('Banedanmark')]),
  ];
  const meetings = [
    meeting('x3', '2027-03-09', 'Skat'),
    meeting('x1', '2025-06-10', 'aarhus kommune'),
    meeting('x2', '2026-03-10', 'Region Syd'),
    meeting('x0', '2024-12-10', 'Novo'),
    meeting('x4', '2026-09-08', '  '),
    meeting('x5', '2026-06-09', 'Region Syd'),
  ];

  it('lists who hosted and when, the longest ago first, marking planned visits as upcoming', () => {
    const { hosted } = hostRotation(meetings, members, TODAY);
    expect(hosted.map((r) => [r.organisation, r.visits.map((v) => v.date)])).toEqual([
      ['Novo', ['2024-12-10']],
      ['Aarhus Kommune', ['2025-06-10']],
      ['Region Syd', ['2026-03-10', '2026-06-09']],
      ['Skat', ['2027-03-09']],
    ]);
    expect(hosted.at(-1)?.visits[0]).toEqual({ meetingId: 'x3', date: '2027-03-09', upcoming: true });
    expect(hosted[0]?.memberIds).toEqual([]);
  });

  it('matches organisation names regardless of case and spacing, and groups their members', () => {
    const { hosted } = hostRotation(meetings, members, TODAY);
    expect(hosted.find((r) => r.organisation === 'Aarhus Kommune')?.memberIds).toEqual(['m2', 'm3']);
    expect(organisationKey('  Aarhus   KOMMUNE ')).toBe(organisationKey('aarhus kommune'));
  });

  it("names current members' organisations that have not hosted, and ignores members who left", () => {
    const { notYetHosted } = hostRotation(meetings, members, TODAY);
    expect(notYetHosted).toEqual([{ organisation: 'Banedanmark', visits: [], memberIds: ['m6'] }]);
  });

  it('knows nobody has hosted when there are no meetings, and sorts names the Danish way', () => {
    const rotation = hostRotation([], members, TODAY);
    expect(rotation.hosted).toEqual([]);
    // In Danish order "Aa" is "Å", the last letter of the alphabet.
    expect(rotation.notYetHosted.map((r) => r.organisation)).toEqual(['Banedanmark', 'Region Syd', 'Skat', 'Aarhus Kommune']);
  });
});

describe('the members the rotation counts', () => {
  const people = [
    member('joins', [job('Skat')], { joined: TODAY }),
    member('leaves', [job('Novo')], { left: TODAY }),
    member('later', [job('Region Syd')], { joined: '2027-01-01' }),
    member('retired', [job('Gammel A/S', '2010-01-01', '2012-01-01')]),
    member('two-jobs', [job('Aarhus Kommune', '2023-01-01'), job('Bestyrelse ApS', '2020-01-01')]),
  ];

  it('counts a member from the join day but not on the leaving day, and nobody whose job has ended', () => {
    expect(hostRotation([], people, TODAY).notYetHosted.map((r) => r.memberIds)).toEqual([['joins'], ['two-jobs']]);
    expect(hostOptions(people, TODAY)).toEqual([
      { organisation: 'Skat', memberNames: ['joins'] },
      { organisation: 'Aarhus Kommune', memberNames: ['two-jobs'] },
    ]);
  });
});

describe('hostingQueue: whose turn it is to host', () => {
  const people = [
    member('a', [job('Aarhus Kommune')]),
    member('b', [job('Banedanmark')]),
    member('r', [job('Region Syd')]),
    member('s', [job('Skat')]),
    member('n', [job('Novo')]),
    member('gone', [job('Gammel A/S')], { left: '2026-01-01' }),
    member('joins', [job('Ny A/S')], { joined: TODAY }),
  ];
  const visits = [
    meeting('v1', '2023-03-07', 'Region Syd'),
    meeting('v2', '2024-06-11', 'Skat'),
    meeting('v3', '2025-03-11', 'Region Syd'),
    meeting('v4', '2022-09-13', 'Novo'),
    meeting('v5', '2026-12-08', 'Novo'),
    meeting('v6', '2021-03-09', 'Gammel A/S'),
    meeting('v7', '2027-03-09', 'Banedanmark'),
  ];
  const queue = hostingQueue(hostRotation(visits, people, TODAY));

  it('puts never hosted first (Danish order), then the oldest last visit, and a planned host last', () => {
    expect(queue.map((turn) => turn.organisation)).toEqual(['Ny A/S', 'Aarhus Kommune', 'Skat', 'Region Syd', 'Novo', 'Banedanmark']);
  });

  it('counts held visits only, and names the next planned one', () => {
    expect(queue.find((turn) => turn.organisation === 'Region Syd')).toEqual({
      organisation: 'Region Syd', memberIds: ['r'], timesHosted: 2, lastHosted: '2025-03-11', nextPlanned: null,
    });
    expect(queue.find((turn) => turn.organisation === 'Novo')).toMatchObject({ timesHosted: 1, lastHosted: '2022-09-13', nextPlanned: '2026-12-08' });
    expect(queue.find((turn) => turn.organisation === 'Banedanmark')).toMatchObject({ timesHosted: 0, lastHosted: null, nextPlanned: '2027-03-09' });
  });

  it('leaves out organisations no current member works at (the leaving day counts as gone)', () => {
    expect(queue.some((turn) => turn.organisation === 'Gammel A/S')).toBe(false);
  });

  it('suggests hosts in turn, skipping those already planned, and never more than there are', () => {
    expect(suggestedHosts(queue, 3)).toEqual(['Ny A/S', 'Aarhus Kommune', 'Skat']);
    expect(suggestedHosts(queue, 10)).toEqual(['Ny A/S', 'Aarhus Kommune', 'Skat', 'Region Syd']);
    expect(suggestedHosts(queue, 0)).toEqual([]);
    expect(suggestedHosts(hostingQueue(hostRotation([], [], TODAY)), 4)).toEqual([]);
  });
});
