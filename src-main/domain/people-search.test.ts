import { describe, expect, it } from 'vitest';
import { memberSchema, speakerSchema, type Speaker } from './model';
import { createPeopleIndex, foldText, indexEachVersion, memberSearchFields, speakerSearchFields } from './people-search';

function speaker(id: string, name: string, organisation = '', topics: string[] = []): Speaker {
  return speakerSchema.parse({ id, name, organisation, topics });
}

const speakers = [
  speaker('s1', 'Søren Ærø', 'Skat', ['Cloud', 'Sourcing']),
  speaker('s2', 'Åse Lund', 'Region Syddanmark', ['AI i sundhed']),
  speaker('s3', 'René Müller', 'KMD', ['Informationssikkerhed']),
  speaker('s4', 'Anders Sørensen', 'Københavns Kommune', ['Cloud exit']),
  speaker('s5', 'Lise Andersen', 'Danske Bank', ['Agile']),
];
const index = createPeopleIndex(speakers, speakerSearchFields);
const ids = (query: string) => index.search(query).map((item) => item.id);

describe('foldText', () => {
  it('removes case and accents but keeps æ, ø and å distinct', () => {
    expect(foldText('RENÉ Müller')).toBe('rene muller');
    expect(foldText('Søren Ærø Åse')).toBe('søren ærø åse');
    expect(foldText('Å'.normalize('NFD'))).toBe('å');
    expect(foldText('  Jensen-Hansen (KL) ')).toBe('jensen hansen kl');
  });
});

describe('createPeopleIndex', () => {
  it('matches name, organisation and topic, ignoring case and accents', () => {
    expect(ids('rene')).toEqual(['s3']);
    expect(ids('KMD')).toEqual(['s3']);
    expect(ids('sundhed')).toEqual(['s2']);
  });

  it('keeps ø and o apart, and å and a apart', () => {
    expect(ids('soren')).toEqual([]);
    expect(ids('søren')).toEqual(['s1', 's4']);
    expect(ids('ase')).toEqual([]);
    expect(ids('åse')).toEqual(['s2']);
  });

  it('requires every word of the query', () => {
    expect(ids('cloud skat')).toEqual(['s1']);
    expect(ids('cloud kommune')).toEqual(['s4']);
    expect(ids('cloud bank')).toEqual([]);
  });

  it('ranks a name prefix before a name word, before other fields, before the middle of a word', () => {
    const ranked = createPeopleIndex(
      [
        speaker('inside', 'Bo Kandersen'),
        speaker('topic', 'Carl Berg', '', ['Anders-metoden']),
        speaker('word', 'Lise Anders'),
        speaker('prefix', 'Anders Ladefoged'),
      ],
      speakerSearchFields,
    );
    expect(ranked.search('anders').map((item) => item.id)).toEqual(['prefix', 'word', 'topic', 'inside']);
  });

  it('lists everyone in Danish alphabetical order for an empty query, and honours the limit', () => {
    expect(ids('  ')).toEqual(['s4', 's5', 's3', 's1', 's2']);
    expect(index.search('', 2)).toHaveLength(2);
    expect(index.size).toBe(5);
  });

  it('built from the index of an earlier list, answers as one built afresh', () => {
    const renamed = { ...speakers[2]!, name: 'Ada Müller' };
    const added = speaker('s6', 'Bo Cloud', 'Netcompany', ['Cloud']);
    const next = [speakers[0]!, speakers[1]!, renamed, speakers[4]!, added];
    const updated = createPeopleIndex(next, speakerSearchFields, index);
    const fresh = createPeopleIndex(next, speakerSearchFields);
    for (const query of ['', 'cloud', 'ada', 'müller', 'anders', 'so']) expect(updated.search(query)).toEqual(fresh.search(query));
    expect(updated.search('').map((item) => item.id)).toEqual(['s3', 's6', 's5', 's1', 's2']);
    // The earlier index is left as it was.
    expect(ids('anders')).toEqual(['s4', 's5']);
  });

  it('finds members by current and earlier organisations', () => {
    const member = memberSchema.parse({
      id: 'm1',
      name: 'Mette Holm',
      employments: [
        { organisation: 'Region Hovedstaden', to: '2020-01-01' },
        { organisation: 'Aarhus Kommune', from: '2020-01-02' },
      ],
    });
    expect(memberSearchFields(member).organisations).toEqual(['Aarhus Kommune', 'Region Hovedstaden']);
    const members = createPeopleIndex([member], memberSearchFields);
    expect(members.search('hovedstaden')).toEqual([member]);
    expect(members.search('aarhus')).toEqual([member]);
  });

  it('indexes a mixed list of members and speakers through one accessor', () => {
    type Person = { kind: 'member' | 'speaker'; name: string; organisation: string };
    const people: Person[] = [
      { kind: 'member', name: 'Mette Holm', organisation: 'Skat' },
      { kind: 'speaker', name: 'Søren Ærø', organisation: 'Skat' },
    ];
    const mixed = createPeopleIndex(people, (person) => ({ name: person.name, organisations: [person.organisation], topics: [] }));
    expect(mixed.search('skat').map((person) => person.kind)).toEqual(['member', 'speaker']);
  });

  it('handles 5,000 speakers, each query answered from the prepared index', () => {
    const organisations = ['Skat', 'Region Nord', 'KMD', 'Netcompany', 'Banedanmark'];
    const topics = ['Cloud', 'Sikkerhed', 'AI', 'Drift', 'Data', 'Arkitektur', 'Ledelse'];
    const many = Array.from({ length: 5000 }, (_, n) =>
      speaker(`s${n}`, `Person ${n} Sørensen`, organisations[n % 5], [topics[n % 7] ?? '']),
    );
    const large = createPeopleIndex(many, speakerSearchFields);
    expect(large.search('kmd ledelse')).toHaveLength(many.filter((_, n) => n % 5 === 2 && n % 7 === 6).length);
    expect(large.search('person 4999')[0]?.id).toBe('s4999');
    expect(large.search('sørensen', 20)).toHaveLength(20);
  });
});

describe('indexEachVersion', () => {
  it('folds only the people that are new in the next version of the list, and finds them in name order', () => {
    const folded: string[] = [];
    const indexOf = indexEachVersion((person: Speaker) => {
      folded.push(person.id);
      return speakerSearchFields(person);
    });
    expect(indexOf(speakers).search('').map((item) => item.id)).toEqual(['s4', 's5', 's3', 's1', 's2']);
    folded.length = 0;
    const renamed = speaker('s3', 'Bente Müller', 'KMD');
    const next = indexOf([...speakers.filter((item) => item.id !== 's3'), renamed]);
    expect(folded).toEqual(['s3']);
    expect(next.search('').map((item) => item.id)).toEqual(['s4', 's3', 's5', 's1', 's2']);
    expect(next.search('rene')).toEqual([]);
    expect(next.search('bente')).toEqual([renamed]);
  });

  it('folds no one when the same list comes again or a person is deleted, and the deleted person is not found', () => {
    const folded: string[] = [];
    const indexOf = indexEachVersion((person: Speaker) => {
      folded.push(person.id);
      return speakerSearchFields(person);
    });
    indexOf(speakers);
    folded.length = 0;
    expect(indexOf(speakers).search('').map((item) => item.id)).toEqual(['s4', 's5', 's3', 's1', 's2']);
    const withoutSoren = indexOf(speakers.filter((item) => item.id !== 's1'));
    expect(folded).toEqual([]);
    expect(withoutSoren.search('').map((item) => item.id)).toEqual(['s4', 's5', 's3', 's2']);
    expect(withoutSoren.search('skat')).toEqual([]);
    expect(withoutSoren.size).toBe(4);
  });
});
