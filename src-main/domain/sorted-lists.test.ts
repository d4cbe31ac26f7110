import { describe, expect, it } from 'vitest';
import { resorted } from './sorted-lists';

const collator = new Intl.Collator('da');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
const people = (...names: string[]) => names.map((name) => ({ name }));

/** A small deterministic generator, so a failing case can be run again. */
function randomOf(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('resorted', () => {
  it('sorts in full when there is no earlier order', () => {
    expect(resorted(null, people('Øre', 'Aase', 'Bo'), byName).map((person) => person.name)).toEqual(['Bo', 'Øre', 'Aase']);
  });

  it('drops a removed item and puts a new one in its place by the Danish order', () => {
    const [bo, oere, aase] = people('Bo', 'Øre', 'Aase');
    const aeble = { name: 'Æble' };
    expect(resorted([bo!, oere!, aase!], [aase!, aeble, bo!], byName)).toEqual([bo, aeble, aase]);
  });

  it('keeps equal names in the order they came', () => {
    const [first, second] = people('Anne', 'Anne');
    expect(resorted([first!], [first!, second!], byName)).toEqual([first, second]);
  });

  it('gives the order a full sort gives, over random removals and additions', () => {
    const random = randomOf(7);
    const name = () => Array.from({ length: 3 }, () => 'abcæøå'[Math.floor(random() * 6)]).join('') + random().toFixed(6);
    let list = Array.from({ length: 300 }, () => ({ name: name() }));
    let sorted = resorted(null, list, byName);
    for (let round = 0; round < 50; round += 1) {
      list = list.filter(() => random() > 0.02);
      const additions = Array.from({ length: Math.floor(random() * (round % 10 === 0 ? 100 : 4)) }, () => ({ name: name() }));
      list = [...list, ...additions];
      sorted = resorted(sorted, list, byName);
      expect(sorted).toEqual([...list].sort(byName));
    }
  });
});
