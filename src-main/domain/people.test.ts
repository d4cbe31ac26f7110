import { describe, expect, it } from 'vitest';
import { memberSchema } from './model';
import { changeEmployment, currentEmployment, currentMembers, currentOrganisation, employmentHistory, isCurrentMember, peopleOn } from './people';

const member = memberSchema.parse({
  id: 'm-1',
  name: 'Mette Holm',
  employments: [
    { organisation: 'Region Hovedstaden', title: 'IT-chef', sector: 'region', from: '2015-01-01', to: '2020-06-30' },
    { organisation: 'Aarhus Kommune', title: 'CIO', sector: 'municipality', from: '2020-07-01' },
  ],
});

describe('currentEmployment', () => {
  it('is the open employment', () => {
    expect(currentEmployment(member)?.organisation).toBe('Aarhus Kommune');
  });

  it('is none when every job has ended, or without jobs: a job that is over is no current organisation', () => {
    const ended = changeEmployment(member, { organisation: 'X', title: '', sector: 'other' }, '2024-01-01');
    const allEnded = { employments: ended.employments.map((job) => ({ ...job, to: job.to ?? '2025-01-01' })) };
    expect(currentEmployment(allEnded)).toBeUndefined();
    expect(currentOrganisation(allEnded)).toBe('');
    expect(currentEmployment({ employments: [] })).toBeUndefined();
  });

  it('takes the latest-starting of two overlapping open jobs, whatever their order in the list', () => {
    const board = { organisation: 'Bestyrelse ApS', title: '', sector: 'other' as const, from: '2020-01-01' };
    const main = { organisation: 'Aarhus Kommune', title: '', sector: 'municipality' as const, from: '2023-01-01' };
    expect(currentOrganisation({ employments: [main, board] })).toBe('Aarhus Kommune');
    expect(currentOrganisation({ employments: [board, main] })).toBe('Aarhus Kommune');
  });

  it('prefers the later entry when dates are missing', () => {
    const undated = memberSchema.parse({ id: 'm', name: 'N', employments: [{ organisation: 'A' }, { organisation: 'B' }] });
    expect(currentEmployment(undated)?.organisation).toBe('B');
  });
});

describe('changeEmployment', () => {
  it('closes the current job on the change date and keeps the history', () => {
    const moved = changeEmployment(member, { organisation: 'Netcompany', title: 'Partner', sector: 'supplier' }, '2026-03-01');
    expect(moved.id).toBe('m-1');
    expect(moved.employments).toHaveLength(3);
    expect(moved.employments[1]).toMatchObject({ organisation: 'Aarhus Kommune', to: '2026-03-01' });
    expect(moved.employments[0]).toEqual(member.employments[0]);
    expect(currentEmployment(moved)).toEqual({ organisation: 'Netcompany', title: 'Partner', sector: 'supplier', from: '2026-03-01' });
    expect(member.employments).toHaveLength(2);
  });
});

describe('employmentHistory', () => {
  it('lists jobs newest first', () => {
    expect(employmentHistory(member).map((job) => job.organisation)).toEqual(['Aarhus Kommune', 'Region Hovedstaden']);
  });
});

describe('isCurrentMember', () => {
  it('counts a member from the join day on, up to but not on the leaving day', () => {
    const dated = { joined: '2020-01-01', left: '2026-06-30' };
    expect(isCurrentMember(dated, '2019-12-31')).toBe(false);
    expect(isCurrentMember(dated, '2020-01-01')).toBe(true);
    expect(isCurrentMember(dated, '2026-06-29')).toBe(true);
    expect(isCurrentMember(dated, '2026-06-30')).toBe(false);
    expect(isCurrentMember({}, '2026-01-01')).toBe(true);
  });
});

describe('people on a day', () => {
  const people = [
    memberSchema.parse({ id: 'new', name: 'Øjvind', joined: '2026-03-01', employments: [{ organisation: 'Skat' }] }),
    memberSchema.parse({ id: 'leaving', name: 'Anne', left: '2026-03-01', employments: [{ organisation: 'Novo' }] }),
    memberSchema.parse({ id: 'always', name: 'Bo', employments: [] }),
  ];

  it('on the join day the new member counts and the leaving member does not', () => {
    expect(currentMembers(people, '2026-03-01').map((m) => m.id)).toEqual(['new', 'always']);
    expect(currentMembers(people, '2026-02-28').map((m) => m.id)).toEqual(['leaving', 'always']);
  });

  it('lists them by name in Danish order with their current organisation', () => {
    expect(peopleOn(people, '2026-03-01')).toEqual([
      { id: 'always', name: 'Bo', organisation: '' },
      { id: 'new', name: 'Øjvind', organisation: 'Skat' },
    ]);
  });
});
