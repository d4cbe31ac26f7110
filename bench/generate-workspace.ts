// A realistic large workspace: twenty years of one group, generated deterministically from a seed.
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections, type Meeting, type Member, type Sector, type Speaker, type Workspace } from '../src-main/domain/model';
import { nthWeekdayOfMonth } from '../src-main/domain/quarterly-dates';

export interface GeneratorSize {
  years: number;
  members: number;
  speakers: number;
}

export const TWENTY_YEARS: GeneratorSize = { years: 20, members: 400, speakers: 5000 };

/** A small linear congruential generator: the same seed gives the same workspace on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FIRST = ['Anne', 'Bo', 'Christian', 'Dorte', 'Emil', 'Frida', 'Gustav', 'Helle', 'Ib', 'Jette', 'Karl', 'Lone', 'Mads', 'Nanna', 'Ole', 'Pia', 'Søren', 'Tove', 'Ulla', 'Vagn'];
const LAST = ['Andersen', 'Bech', 'Christensen', 'Dahl', 'Eriksen', 'Frost', 'Gregersen', 'Holm', 'Iversen', 'Juhl', 'Krogh', 'Lauridsen', 'Møller', 'Nygaard', 'Overgaard', 'Pedersen', 'Rasmussen', 'Skov', 'Thomsen', 'Winther'];
const ORGS = ['Region Nord', 'Kommune Syd', 'Styrelsen for Data', 'Havn A/S', 'Forsyning I/S', 'Software ApS', 'Bank A/S', 'Hospital Øst'];
const SECTORS: Sector[] = ['state', 'region', 'municipality', 'private', 'supplier', 'other'];
const TOPICS = ['AI', 'NIS2', 'Cloud', 'Sourcing', 'Data', 'Arkitektur', 'Ledelse', 'Drift', 'Sikkerhed', 'FinOps', 'Rekruttering'];

export function generateWorkspace(seed: number, size: GeneratorSize = TWENTY_YEARS, groupName = `Netværk ${seed}`): Workspace {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const firstYear = 2007;
  const members: Member[] = Array.from({ length: size.members }, (_, index) => ({
    id: `m${seed}x${index}`,
    name: person(),
    email: `medlem${index}@example.dk`,
    phone: `+45 ${String(20000000 + index)}`,
    joined: `${firstYear + (index % size.years)}-03-01`,
    employments: [{ organisation: pick(ORGS), title: 'IT-chef', sector: pick(SECTORS), from: `${firstYear + (index % size.years)}-03-01` }],
    notes: 'Har foreslået flere oplægsholdere og været vært for et møde med rundvisning i driftscentret.',
  }));
  const speakers: Speaker[] = Array.from({ length: size.speakers }, (_, index) => ({
    id: `s${seed}x${index}`,
    name: person(),
    title: 'Chefkonsulent',
    organisation: pick(ORGS),
    email: `oplaeg${index}@example.dk`,
    phone: '',
    topics: [pick(TOPICS), pick(TOPICS)],
    bio: 'Praktiker med erfaring fra store omstillingsprojekter i både offentlig og privat sektor.',
    notes: '',
  }));
  const meetings: Meeting[] = [];
  for (let year = firstYear; year < firstYear + size.years; year += 1) {
    for (const month of [3, 6, 9, 12]) {
      meetings.push({
        id: `g${seed}y${year}m${month}`,
        date: nthWeekdayOfMonth(year, month, 2, 2),
        startTime: '09:30',
        endTime: '16:00',
        kind: 'fullDay',
        hostOrganisation: pick(ORGS),
        address: 'Eksempelvej 1, 8000 Aarhus C',
        theme: pick(TOPICS),
        siteTour: random() > 0.5,
        dinner: month === 12,
        jointWithSisterGroup: month === 6,
        status: 'held',
        agenda: [],
      });
    }
  }
  return {
    ...emptyWorkspaceCollections(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: { id: `group${seed}`, name: groupName, language: 'da', archived: false, createdAt: '2007-01-01T00:00:00.000Z', description: '' },
    members,
    speakers,
    meetings,
  };
}
