import { describe, expect, it } from 'vitest';
import { jobEditKind, type JobFields } from './job-edit';

const cio: JobFields = { organisation: 'Holmby Kommune', title: 'CIO', sector: 'municipality' };

describe('jobEditKind', () => {
  it('asks when the title, the organisation or the sector changes', () => {
    expect(jobEditKind(cio, { ...cio, title: 'CI0' })).toBe('ask');
    expect(jobEditKind(cio, { ...cio, organisation: 'Holmby Komune' })).toBe('ask');
    expect(jobEditKind(cio, { ...cio, sector: 'state' })).toBe('ask');
  });

  it('asks nothing when the job is the same, the first one, or emptied', () => {
    expect(jobEditKind(cio, { ...cio })).toBe('unchanged');
    expect(jobEditKind(undefined, cio)).toBe('firstJob');
    expect(jobEditKind(cio, undefined)).toBe('removed');
    expect(jobEditKind(undefined, undefined)).toBe('unchanged');
  });
});
