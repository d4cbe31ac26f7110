// The records of one person in a group's speaker list, found by lookup instead of comparing every pair. Asking "which
// of these 10,000 records are this person?" for each of another 10,000 took 10-14 s of the main process; each lookup
// here costs a few map reads. The rule is matchPerson's (invitation-conflicts.ts), from the same keys (personKey).
import { personKey } from './invitation-conflicts';
import type { Speaker } from './model';

type PersonFields = Pick<Speaker, 'id' | 'name' | 'email'>;

export interface PersonIndex<Person extends PersonFields> {
  /** Every record matchPerson(person, record) would match, in the list's order. */
  recordsOf(person: PersonFields): Person[];
}

function push<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexPeople<Person extends PersonFields>(records: readonly Person[]): PersonIndex<Person> {
  const position = new Map<Person, number>();
  const byId = new Map<string, Person[]>();
  const byEmail = new Map<string, Person[]>();
  /** Records without an e-mail, by name: a person with an e-mail still matches them by name. */
  const withoutEmailByName = new Map<string, Person[]>();
  /** Every record by name: a person without an e-mail matches any of them by name. */
  const byName = new Map<string, Person[]>();
  records.forEach((record, index) => {
    position.set(record, index);
    const { email, name } = personKey(record);
    push(byId, record.id, record);
    if (email !== '') push(byEmail, email, record);
    if (name !== '') {
      push(byName, name, record);
      if (email === '') push(withoutEmailByName, name, record);
    }
  });

  return {
    recordsOf(person) {
      const { email, name } = personKey(person);
      const found = new Set<Person>(byId.get(person.id));
      const byKeys = email === '' ? [name === '' ? undefined : byName.get(name)] : [byEmail.get(email), name === '' ? undefined : withoutEmailByName.get(name)];
      for (const list of byKeys) for (const record of list ?? []) found.add(record);
      return [...found].sort((a, b) => position.get(a)! - position.get(b)!);
    },
  };
}
