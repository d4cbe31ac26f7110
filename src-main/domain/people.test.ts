import { describe, expect, it } from 'vitest';
import { memberSchema } from './model';
import { changeEmployment, currentEmployment, employmentHistory, isCurrentMember } from './people';

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

  it('falls back to the latest one when every job has ended, and is undefined without jobs', () => {
    const ended = changeEmployment(member, { organisation: 'X', title: '', sector: 'other' }, '2024-01-01');
    const allEnded = { employments: ended.employments.map((job) => ({ ...job, to: job.to ?? '2025-01-01' })) };
    expect(currentEmployment(allEnded)?.organisation).toBe('X');
    expect(currentEmployment({ employments: [] })).toBeUndefined();
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
  it('counts a member between joining and leaving', () => {
    const dated = { joined: '2020-01-01', left: '2026-06-30' };
    expect(isCurrentMember(dated, '2019-12-31')).toBe(false);
    expect(isCurrentMember(dated, '2020-01-01')).toBe(true);
    expect(isCurrentMember(dated, '2026-06-29')).toBe(true);
    expect(isCurrentMember(dated, '2026-06-30')).toBe(false);
    expect(isCurrentMember({}, '2026-01-01')).toBe(true);
  });
});
