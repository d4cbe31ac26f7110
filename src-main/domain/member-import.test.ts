import { describe, expect, it } from 'vitest';
import { importDuplicateCheck, nameKey } from './member-import';

describe('nameKey', () => {
  it('reads a name as one line, ignoring case, spacing and accents', () => {
    expect(nameKey('  METTE\tHolm\n')).toBe('mette holm');
    expect(nameKey('René  Müller')).toBe(nameKey('rene muller'));
    expect(nameKey('Søren-Å. Hansen')).toBe('søren å hansen');
  });

  it('keeps æ, ø and å as letters of their own, however å is written', () => {
    expect(nameKey('Søren Ærø')).not.toBe(nameKey('Soren Aero'));
    expect(nameKey('Åse')).toBe(nameKey('A\u030Ase'));
    expect(nameKey('ÅSE')).toBe(nameKey('åse'));
  });

  it('drops bidirectional controls, so a reversed-looking name matches its plain form', () => {
    expect(nameKey('Me\u202Ette\u202C Holm')).toBe('mette holm');
  });
});

describe('importDuplicateCheck', () => {
  const today = '2026-12-02';
  const roster = [
    { id: 'mette', name: 'Mette Holm', email: 'mette@aarhus.dk' },
    { id: 'left', name: 'Åse Lund', email: '', left: '2026-12-02' },
    { id: 'leaving', name: 'Jens Øby', email: '', left: '2026-12-03' },
  ];

  it('matches a row with an e-mail by e-mail only, whatever its name', () => {
    const check = importDuplicateCheck(roster, today);
    expect(check({ name: 'Someone Else', email: ' METTE@aarhus.dk' }, 2)).toEqual({ kind: 'member', memberId: 'mette', by: 'email' });
    expect(check({ name: 'Mette Holm', email: 'mette.holm@kk.dk' }, 3)).toBeUndefined();
  });

  it('matches a row without an e-mail by name against members who have not left', () => {
    const check = importDuplicateCheck(roster, today);
    expect(check({ name: 'mette holm', email: '' }, 2)).toEqual({ kind: 'member', memberId: 'mette', by: 'name' });
    // Left on `today` (the first day no longer a member): may rejoin. Leaving tomorrow: still on the roster.
    expect(check({ name: 'Åse Lund', email: '' }, 3)).toBeUndefined();
    expect(check({ name: 'Jens Øby', email: '' }, 4)).toEqual({ kind: 'member', memberId: 'leaving', by: 'name' });
  });

  it('matches later rows against the rows it accepted, by e-mail or by name', () => {
    const check = importDuplicateCheck([], today);
    expect(check({ name: 'Bo Berg', email: 'bo@x.dk' }, 2)).toBeUndefined();
    expect(check({ name: 'BO BERG', email: '' }, 3)).toEqual({ kind: 'row', rowNumber: 2, by: 'name' });
    expect(check({ name: 'Anders', email: 'BO@x.dk' }, 4)).toEqual({ kind: 'row', rowNumber: 2, by: 'email' });
    // The first row with a name answers for it, so a third copy points at the original, not at the copy.
    expect(check({ name: 'Ny', email: '' }, 5)).toBeUndefined();
    expect(check({ name: 'ny', email: '' }, 6)).toEqual({ kind: 'row', rowNumber: 5, by: 'name' });
    expect(check({ name: 'NY', email: '' }, 7)).toEqual({ kind: 'row', rowNumber: 5, by: 'name' });
  });
});
