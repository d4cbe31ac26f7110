import { describe, expect, it } from 'vitest';
import { emptyFacilitatorProfile, facilitatorNameOf, facilitatorProfileSchema, firstNameOf, signatureOf } from './facilitator-profile';

const karen = { ...emptyFacilitatorProfile(), name: 'Karen Friis', title: 'Netværksfacilitator', organisation: 'IT-foreningen', email: 'kf@it.dk' };

describe('facilitatorProfileSchema', () => {
  it('fills what is missing with empty text and makes the one-line fields one line', () => {
    expect(facilitatorProfileSchema.parse({ name: ' Karen\tFriis\u202E ' })).toEqual({ ...emptyFacilitatorProfile(), name: 'Karen Friis' });
  });

  it('keeps the signature\'s lines and refuses a line that is too long', () => {
    expect(facilitatorProfileSchema.parse({ signature: 'Karen\nIT-foreningen' }).signature).toBe('Karen\nIT-foreningen');
    expect(facilitatorProfileSchema.safeParse({ title: 'x'.repeat(121) }).success).toBe(false);
  });
});

describe('signatureOf', () => {
  it('signs with name, title and organisation on one line, then phone and e-mail, leaving out what is unknown', () => {
    expect(signatureOf(karen)).toBe('Karen Friis\nNetværksfacilitator, IT-foreningen\nkf@it.dk');
  });

  it('prefers the facilitator\'s own signature, and falls back to the group\'s name setting', () => {
    expect(signatureOf({ ...karen, signature: 'K.' })).toBe('K.');
    expect(signatureOf(emptyFacilitatorProfile(), 'Mette')).toBe('Mette');
    expect(signatureOf(emptyFacilitatorProfile())).toBe('');
  });
});

describe('facilitatorNameOf', () => {
  it('takes the profile\'s name, else the fallback, else nothing', () => {
    expect(facilitatorNameOf(karen, 'Mette')).toBe('Karen Friis');
    expect(facilitatorNameOf(null, 'Mette')).toBe('Mette');
    expect(facilitatorNameOf(emptyFacilitatorProfile())).toBe('');
  });
});

describe('firstNameOf', () => {
  it('greets by the first word, a hyphenated first name kept whole', () => {
    expect(firstNameOf('Åse Marie Lund')).toBe('Åse');
    expect(firstNameOf('Hans-Henrik Ravn')).toBe('Hans-Henrik');
    expect(firstNameOf(' Bo ')).toBe('Bo');
    expect(firstNameOf('')).toBe('');
  });
});
