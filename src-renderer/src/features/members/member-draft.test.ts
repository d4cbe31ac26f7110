import { describe, expect, it } from 'vitest';
import type { Member } from '../../../../src-main/domain/model';
import { changesJob, draftFromMember, draftProblems, fieldsOf } from './member-draft';

const member: Member = {
  id: 'm1',
  name: 'Mette Holm',
  email: 'mette@aarhus.dk',
  phone: '',
  joined: '2019-03-01',
  employments: [
    { organisation: 'Region Midt', title: 'IT-chef', sector: 'region', from: '2015-01-01', to: '2019-01-01' },
    { organisation: 'Aarhus Kommune', title: 'CIO', sector: 'municipality', from: '2019-01-01' },
  ],
  notes: '',
};

describe('member draft', () => {
  it('starts from the current job and recognises a change of job', () => {
    const draft = draftFromMember(member, '2026-11-25');
    expect(draft).toMatchObject({ organisation: 'Aarhus Kommune', title: 'CIO', sector: 'municipality', jobChangeOn: '2026-11-25' });
    expect(changesJob(draft, member)).toBe(false);
    expect(changesJob({ ...draft, organisation: ' Region Syd ' }, member)).toBe(true);
    expect(changesJob({ ...draft, organisation: 'Region Syd' }, null)).toBe(false);
  });

  it('names each problem and gives no fields while there are any', () => {
    const draft = { ...draftFromMember(null, '2026-11-25'), email: 'mette(at)aarhus.dk', title: 'CIO', joined: '2020-01-01', left: '2019-01-01' };
    expect(draftProblems(draft)).toEqual({ name: 'required', email: 'invalidEmail', left: 'leftBeforeJoined', organisation: 'organisationForJob' });
    expect(fieldsOf(draft)).toBeNull();
  });

  it('cleans the fields it sends and leaves out empty dates', () => {
    const draft = { ...draftFromMember(null, '2026-11-25'), name: '  Søren Ærø ', email: 'soren@rsyd.dk ' };
    expect(fieldsOf(draft)).toEqual({ name: 'Søren Ærø', email: 'soren@rsyd.dk', phone: '', title: '', organisation: '', sector: 'other', notes: '' });
  });

  it('asks "correction or new job?" when an existing member\'s job changes, and accepts either answer', () => {
    const lars: Member = { id: 'm1', name: 'Lars Bech', email: '', phone: '', notes: '', employments: [{ organisation: 'Holmby Kommune', title: 'CIO', sector: 'municipality' }] };
    const draft = draftFromMember(lars, '2026-11-25');
    expect(draft.jobChange).toBeNull();
    const typoFixed = { ...draft, title: 'CIO, digitalisering' };
    expect(draftProblems(typoFixed, lars)).toEqual({ jobChange: 'jobChoiceRequired' });
    expect(draftProblems({ ...typoFixed, jobChange: false }, lars)).toEqual({});
    expect(draftProblems({ ...typoFixed, jobChange: true }, lars)).toEqual({});
    expect(draftProblems(draft, lars)).toEqual({});
    expect(draftProblems({ ...draftFromMember(null, '2026-11-25'), name: 'Ny', organisation: 'X' }, null)).toEqual({});
  });
});
