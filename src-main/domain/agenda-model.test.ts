import { describe, expect, it } from 'vitest';
import { agendaItemSchema, agendaTemplateSchema } from './agenda-model';

describe('agendaItemSchema', () => {
  it('fills defaults and cleans the title', () => {
    const item = agendaItemSchema.parse({ id: 'a1', kind: 'talk', title: '  Cloud i regionen\u0007 ', durationMinutes: 45 });
    expect(item).toEqual({
      id: 'a1',
      kind: 'talk',
      title: 'Cloud i regionen',
      durationMinutes: 45,
      responsible: { kind: 'none' },
      notes: '',
    });
  });

  it('accepts each kind of responsible person and rejects a member without an id', () => {
    for (const responsible of [
      { kind: 'facilitator' },
      { kind: 'member', memberId: 'm1' },
      { kind: 'speaker', speakerId: 's1' },
      { kind: 'none' },
    ]) {
      expect(agendaItemSchema.safeParse({ id: 'a', kind: 'other', title: 'x', durationMinutes: 0, responsible }).success).toBe(true);
    }
    expect(
      agendaItemSchema.safeParse({ id: 'a', kind: 'other', title: 'x', durationMinutes: 5, responsible: { kind: 'member' } }).success,
    ).toBe(false);
  });

  it('keeps durations whole minutes within one day', () => {
    const base = { id: 'a', kind: 'break', title: 'Pause' };
    expect(agendaItemSchema.safeParse({ ...base, durationMinutes: 1440 }).success).toBe(true);
    expect(agendaItemSchema.safeParse({ ...base, durationMinutes: 1441 }).success).toBe(false);
    expect(agendaItemSchema.safeParse({ ...base, durationMinutes: -1 }).success).toBe(false);
    expect(agendaItemSchema.safeParse({ ...base, durationMinutes: 7.5 }).success).toBe(false);
  });

  it('rejects an unknown kind and an empty title', () => {
    expect(agendaItemSchema.safeParse({ id: 'a', kind: 'party', title: 'x', durationMinutes: 5 }).success).toBe(false);
    expect(agendaItemSchema.safeParse({ id: 'a', kind: 'talk', title: '   ', durationMinutes: 5 }).success).toBe(false);
  });
});

describe('agendaTemplateSchema', () => {
  it('takes items without ids and drops any id given', () => {
    const template = agendaTemplateSchema.parse({
      id: 't1',
      name: 'Vores heldag',
      meetingKind: 'fullDay',
      items: [{ id: 'stray', kind: 'welcome', title: 'Velkomst', durationMinutes: 10 }],
    });
    expect(template.items[0]).toEqual({ kind: 'welcome', title: 'Velkomst', durationMinutes: 10, responsible: { kind: 'none' }, notes: '' });
  });
});
