// A realistic large workspace: twenty years of one group (members, speakers, meetings with agendas and minutes,
// invitations, actions, themes), generated deterministically from a seed so every machine measures the same bytes.
import type { AgendaItem } from '../src-main/domain/agenda-model';
import type { Action, Minutes, Theme } from '../src-main/domain/minutes-model';
import {
  CURRENT_SCHEMA_VERSION,
  emptyWorkspaceCollections,
  type Meeting,
  type Member,
  type Sector,
  type Speaker,
  type Workspace,
} from '../src-main/domain/model';
import { nthWeekdayOfMonth } from '../src-main/domain/quarterly-dates';
import { INVITATION_STATES, type Invitation } from '../src-main/domain/speaker-model';

export interface GeneratorSize {
  years: number;
  members: number;
  speakers: number;
  invitations: number;
  actions: number;
}

/** Issue 6's large workspace: 80 meetings, 400 members, 5,000 speakers, 2,000 invitations, 2,000 actions (~5 MB). */
export const TWENTY_YEARS: GeneratorSize = { years: 20, members: 400, speakers: 5000, invitations: 2000, actions: 2000 };

/** For `--short`: the same shapes, a tenth of the size. */
export const TWO_YEARS: GeneratorSize = { years: 2, members: 40, speakers: 500, invitations: 200, actions: 200 };

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
const NOTE =
  'Gruppen drøftede erfaringerne og hvordan de kan bringes hjem til egen organisation. **Ledelsens opbakning** og en ' +
  'klar gevinstplan blev fremhævet.\n\n- Start med et afgrænset område\n- Mål på kvalitet, ikke kun tid\n\nSe [rapporten](https://example.org/rapport).';

/** A full day's programme: what a held meeting's agenda looks like. */
const AGENDA_PLAN: ReadonlyArray<Pick<AgendaItem, 'kind' | 'title' | 'durationMinutes'>> = [
  { kind: 'welcome', title: 'Velkomst', durationMinutes: 15 },
  { kind: 'checkIn', title: 'Runde: nyt fra jer', durationMinutes: 60 },
  { kind: 'talk', title: 'Oplæg', durationMinutes: 45 },
  { kind: 'discussion', title: 'Drøftelse', durationMinutes: 30 },
  { kind: 'break', title: 'Pause', durationMinutes: 15 },
  { kind: 'talk', title: 'Oplæg fra værten', durationMinutes: 45 },
  { kind: 'lunch', title: 'Frokost', durationMinutes: 45 },
  { kind: 'siteTour', title: 'Rundvisning', durationMinutes: 60 },
  { kind: 'discussion', title: 'Temadrøftelse', durationMinutes: 60 },
  { kind: 'closingRound', title: 'Afrunding og næste tema', durationMinutes: 30 },
];

/** The generated meetings run from this year on, four a year, the last in December of its final year. */
export const GENERATED_FIRST_YEAR = 2007;

export function generateWorkspace(seed: number, size: GeneratorSize = TWENTY_YEARS, groupName = `Netværk ${seed}`): Workspace {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const firstYear = GENERATED_FIRST_YEAR;
  const stamp = (date: string) => `${date}T09:00:00.000Z`;

  const members: Member[] = Array.from({ length: size.members }, (_, index) => {
    const joinedYear = firstYear + (index % size.years);
    const changedJob = random() > 0.6;
    return {
      id: `m${seed}x${index}`,
      name: person(),
      email: `medlem${index}@example.dk`,
      phone: `+45 ${String(20000000 + index)}`,
      joined: `${joinedYear}-03-01`,
      ...(index % 5 === 0 ? { left: `${Math.min(joinedYear + 4, firstYear + size.years - 1)}-12-31` } : {}),
      employments: [
        { organisation: pick(ORGS), title: 'IT-chef', sector: pick(SECTORS), from: `${joinedYear}-03-01`, ...(changedJob ? { to: `${joinedYear + 1}-06-30` } : {}) },
        ...(changedJob ? [{ organisation: pick(ORGS), title: 'CIO', sector: pick(SECTORS), from: `${joinedYear + 1}-07-01` }] : []),
      ],
      notes: 'Har foreslået flere oplægsholdere og været vært for et møde med rundvisning i driftscentret.',
    };
  });

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
    ...(index % 7 === 0 ? { suggestedByMemberId: pick(members).id } : {}),
  }));

  const meetings: Meeting[] = [];
  for (let year = firstYear; year < firstYear + size.years; year += 1) {
    for (const month of [3, 6, 9, 12]) {
      const id = `g${seed}y${year}m${month}`;
      const date = nthWeekdayOfMonth(year, month, 2, 2);
      const agenda: AgendaItem[] = AGENDA_PLAN.map((item, index) => ({
        id: `${id}i${index}`,
        ...item,
        responsible: item.kind === 'talk' ? { kind: 'speaker', speakerId: pick(speakers).id } : { kind: 'facilitator' },
        notes: '',
      }));
      const present = members.filter(() => random() > 0.96).slice(0, 18);
      const minutes: Minutes = {
        meetingId: id,
        attendance: present.map((member) => ({ memberId: member.id, status: random() > 0.15 ? 'present' : 'excused' })),
        guests: [{ name: person(), organisation: pick(ORGS) }],
        notes: agenda
          .filter((item) => item.kind === 'talk' || item.kind === 'discussion')
          .map((item, index) => ({ id: `${item.id}n`, agendaItemId: item.id, text: NOTE, level: index === 0 ? 'room' : 'members' })),
        decisions: [
          { id: `${id}d1`, text: 'Næste møde holdes hos værten i Aarhus.', level: 'shareable' },
          { id: `${id}d2`, text: 'Gruppen deler tjeklisten for NIS2-forberedelse.', level: 'members', agendaItemId: agenda[3]!.id },
        ],
        checkInRound: present.map((member) => ({ memberId: member.id, text: 'Travlt med budget og rekruttering; ny direktør fra 1. maj.', level: 'room' })),
        closingRound: present.slice(0, 6).map((member) => ({ memberId: member.id, text: 'Godt møde, tager tjeklisten med hjem.', level: 'members' })),
        nextTheme: { text: pick(TOPICS) },
        updatedAt: stamp(date),
      };
      meetings.push({
        id,
        date,
        startTime: '09:30',
        endTime: '16:00',
        kind: 'fullDay',
        hostOrganisation: pick(ORGS),
        address: 'Eksempelvej 1, 8000 Aarhus C',
        theme: pick(TOPICS),
        siteTour: random() > 0.5,
        dinner: month === 12,
        jointWithSisterGroup: month === 6,
        status: 'minutesSent',
        agenda,
        minutes,
      });
    }
  }

  const invitations: Invitation[] = Array.from({ length: size.invitations }, (_, index) => {
    const meeting = meetings[index % meetings.length]!;
    const state = pick(INVITATION_STATES);
    const steps = INVITATION_STATES.slice(0, Math.max(1, INVITATION_STATES.indexOf(state) + 1)).slice(0, 6);
    return {
      id: `inv${seed}x${index}`,
      speakerId: speakers[index % speakers.length]!.id,
      ...(state === 'idea' ? {} : { meetingId: meeting.id }),
      topic: `${pick(TOPICS)} i praksis`,
      state,
      history: steps.map((step) => ({ state: step, at: stamp(meeting.date) })),
      ...(index % 4 === 0 ? { suggestedByMemberId: pick(members).id } : {}),
      notes: 'Aftalt pr. telefon; sender slides ugen før.',
    };
  });

  const actions: Action[] = Array.from({ length: size.actions }, (_, index) => {
    const meeting = meetings[index % meetings.length]!;
    const done = random() > 0.2;
    return {
      id: `act${seed}x${index}`,
      meetingId: meeting.id,
      text: 'Sender eksempel på gevinstplan og tjekliste til gruppen.',
      owner: index % 3 === 0 ? { kind: 'facilitator' } : { kind: 'member', memberId: pick(members).id },
      due: meeting.date,
      status: done ? 'done' : 'open',
      ...(done ? { doneAt: meeting.date } : {}),
      level: 'members',
    };
  });

  const themes: Theme[] = TOPICS.map((topic, index) => ({
    id: `th${seed}x${index}`,
    title: `${topic} – erfaringer`,
    votes: Object.fromEntries(members.slice(index, index + 5).map((member) => [member.id, 1 + (index % 3)])),
    status: 'waiting',
  }));

  return {
    ...emptyWorkspaceCollections(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: { id: `group${seed}`, name: groupName, language: 'da', archived: false, createdAt: '2007-01-01T00:00:00.000Z', description: '' },
    members,
    speakers,
    meetings,
    invitations,
    actions,
    themes,
  };
}
