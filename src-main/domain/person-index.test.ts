import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPerson } from './invitation-conflicts';
import { indexPeople } from './person-index';

// Few ids, names and e-mails, so that records share them often: the cases where the rule decides.
const person = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  name: fc.constantFrom('', 'Anna Berg', 'anna berg ', 'Ånna Berg', 'Bo Ravn', 'Aase Dam', 'Åse Dam'),
  email: fc.constantFrom('', ' ', 'anna@example.dk', 'ANNA@example.dk ', 'bo@example.dk'),
});

describe('indexPeople', () => {
  it('finds exactly the records matchPerson matches, in the list order', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), person, (records, asked) => {
        const expected = records.filter((record) => matchPerson(asked, record) !== undefined);
        expect(indexPeople(records).recordsOf(asked)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('matches by e-mail over a different name, by name when either lacks an e-mail, and never across two e-mails', () => {
    const records = [
      { id: 'r1', name: 'Anna B.', email: 'ANNA@example.dk' },
      { id: 'r2', name: 'Anna Berg', email: '' },
      { id: 'r3', name: 'Anna Berg', email: 'other@example.dk' },
    ];
    const index = indexPeople(records);
    expect(index.recordsOf({ id: 'x', name: 'Anna Berg', email: 'anna@example.dk' }).map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(index.recordsOf({ id: 'x', name: 'anna berg', email: '' }).map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(index.recordsOf({ id: 'r3', name: '', email: '' }).map((r) => r.id)).toEqual(['r3']);
  });
});
