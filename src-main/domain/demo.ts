// A living example group, so a new user sees the app with data in it. Every person and company here is fictional.
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections, type Language, type Meeting, type Member, type Sector, type Speaker, type Workspace } from './model';
import { createHeldMeeting } from './demo-held-meeting';
import { nextQuarterlyDates } from './quarterly-dates';
import type { Invitation, InvitationState } from './speaker-model';

export interface DemoOptions {
  language: Language;
  today: string;
  now: Date;
  newId: () => string;
}

type MemberSeed = [name: string, title: string, organisation: string, sector: Sector, joined: string];

const MEMBER_SEEDS: MemberSeed[] = [
  ['Mette Kragh', 'CIO', 'Region Vestkyst', 'region', '2019-03-12'],
  ['Anders Vinther', 'IT-direktør', 'Holmby Kommune', 'municipality', '2020-06-09'],
  ['Sofie Dalgaard', 'Digitaliseringschef', 'Styrelsen for Fælles Data', 'state', '2021-09-14'],
  ['Jonas Brink', 'CIO', 'Nordhavn Forsikring A/S', 'private', '2018-12-11'],
  ['Line Østergaard', 'Chef for IT-drift', 'Aalund Forsyning', 'private', '2022-03-08'],
  ['Kasper Hedegaard', 'CTO', 'Fjordlys Software ApS', 'supplier', '2023-06-13'],
  ['Birgitte Lund', 'IT-chef', 'Skovbakke Kommune', 'municipality', '2019-09-10'],
  ['Rasmus Kjær', 'Vicedirektør, IT', 'Det Danske Ankerinstitut', 'state', '2020-12-08'],
  ['Hanne Mortensen', 'CDO', 'Vesterbro Boligselskab', 'private', '2021-03-09'],
  ['Thomas Friis', 'IT-direktør', 'Region Midtland', 'region', '2017-06-13'],
  ['Camilla Nørgaard', 'CISO', 'Havnestad Kommune', 'municipality', '2022-09-13'],
  ['Peter Sandholm', 'CIO', 'Kornmod Fødevarer A/S', 'private', '2018-03-13'],
  ['Ida Rosenkvist', 'Afdelingschef, digitalisering', 'Uddannelsesstyrelsen Nord', 'state', '2023-12-12'],
  ['Morten Bæk', 'IT-direktør', 'Lindholm Hospitaler', 'region', '2024-03-12'],
];

type SpeakerSeed = [name: string, title: string, organisation: string, topics: string[], suggestedByIndex: number | null];

const SPEAKER_SEEDS: SpeakerSeed[] = [
  ['Eva Holst', 'Programchef', 'Kystbanen Digital', ['AI i drift', 'Gevinstrealisering'], 0],
  ['Niels Thorup', 'Lektor', 'Vestjysk Handelshøjskole', ['IT-ledelse', 'Sourcing'], null],
  ['Amalie Storm', 'Sikkerhedsarkitekt', 'Nordhavn Forsikring A/S', ['NIS2', 'Beredskab'], 3],
  ['Jakob Rydahl', 'Direktør', 'Rydahl Rådgivning', ['Leverandørstyring', 'Udbud'], 6],
  ['Freja Mølgaard', 'Teamleder, data', 'Holmby Kommune', ['Datadeling', 'Datakvalitet'], 1],
  ['Oliver Munk', 'Platformchef', 'Fjordlys Software ApS', ['Cloud-migrering', 'FinOps'], 5],
  ['Signe Bach', 'HR-partner, IT', 'Region Midtland', ['Rekruttering af IT-talenter', 'Kompetenceudvikling'], 9],
  ['Henrik Aagaard', 'Chief Architect', 'Søfart Logistik A/S', ['Arkitekturstyring', 'Legacy-modernisering'], null],
];

/** The speaker who gave last quarter's talk (the held meeting's notes tell of it). */
const HELD_MEETING_SPEAKER = 'Henrik Aagaard';

/** A talk in the pipeline: which speaker, at which meeting (null: not yet dated), and its steps as [state, days ago]. */
type InvitationSeed = [speakerIndex: number, meetingIndex: number | null, steps: [InvitationState, number][]];

// The board should look alive: a confirmed talk, one waiting for an answer long enough to chase, ideas, a refusal.
const INVITATION_SEEDS: InvitationSeed[] = [
  [0, 0, [['idea', 40], ['asked', 30], ['confirmed', 25]]],
  [1, 1, [['idea', 20], ['asked', 9]]],
  [2, 1, [['idea', 5]]],
  [3, 2, [['idea', 60], ['asked', 50], ['confirmed', 45], ['materialsReceived', 3]]],
  [4, null, [['idea', 2]]],
  [5, 0, [['idea', 35], ['asked', 33], ['declined', 30]]],
];

const HOSTS = ['Region Vestkyst', 'Nordhavn Forsikring A/S', 'Holmby Kommune', 'Aalund Forsyning'];
const HOST_ADDRESSES = ['Kystvej 4, 6700 Esbjerg', 'Havnegade 21, 8000 Aarhus C', 'Rådhustorvet 1, 7400 Herning', 'Værkstedsvej 9, 8600 Silkeborg'];

const TEXT = {
  da: {
    groupName: 'CIO-netværk Vest (demo)',
    description: 'Eksempelgruppe med opdigtede medlemmer og oplægsholdere. Slet eller arkivér den, når du er klar.',
    themes: ['AI i den daglige drift', 'NIS2 et år efter', 'Sourcing og leverandørstyring', 'Rekruttering og fastholdelse'],
  },
  en: {
    groupName: 'CIO Network West (demo)',
    description: 'Example group with fictional members and speakers. Archive it when you are ready.',
    themes: ['AI in daily operations', 'NIS2 one year on', 'Sourcing and supplier management', 'Recruiting and retaining talent'],
  },
} as const;

function asciiLocalPart(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replaceAll(' ', '.');
}

export function createDemoWorkspace({ language, today, now, newId }: DemoOptions): Workspace {
  const text = TEXT[language];
  const members: Member[] = MEMBER_SEEDS.map(([name, title, organisation, sector, joined]) => ({
    id: newId(),
    name,
    email: `${asciiLocalPart(name)}@example.dk`,
    phone: '',
    joined,
    employments: [{ organisation, title, sector, from: joined }],
    notes: '',
  }));
  const speakers: Speaker[] = SPEAKER_SEEDS.map(([name, title, organisation, topics, suggestedByIndex]) => ({
    id: newId(),
    name,
    title,
    organisation,
    email: '',
    phone: '',
    topics: [...topics],
    bio: '',
    notes: '',
    ...(suggestedByIndex === null ? {} : { suggestedByMemberId: members[suggestedByIndex]!.id }),
  }));
  const meetings: Meeting[] = nextQuarterlyDates(today, 4).map((date, index) => ({
    id: newId(),
    date,
    startTime: index === 2 ? '13:00' : '09:30',
    endTime: index === 2 ? '13:00' : '16:00',
    kind: index === 2 ? 'overnight' : 'fullDay',
    hostOrganisation: HOSTS[index]!,
    address: HOST_ADDRESSES[index]!,
    theme: text.themes[index]!,
    siteTour: index !== 2,
    dinner: index === 3,
    jointWithSisterGroup: index === 1,
    status: 'planned',
    agenda: [],
  }));
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const invitations: Invitation[] = INVITATION_SEEDS.map(([speakerIndex, meetingIndex, steps]) => {
    const speaker = speakers[speakerIndex]!;
    const history = steps.map(([state, days]) => ({ state, at: daysAgo(days) }));
    return {
      id: newId(),
      speakerId: speaker.id,
      ...(meetingIndex === null ? {} : { meetingId: meetings[meetingIndex]!.id }),
      topic: speaker.topics[0] ?? '',
      state: history.at(-1)!.state,
      history,
      ...(speaker.suggestedByMemberId === undefined ? {} : { suggestedByMemberId: speaker.suggestedByMemberId }),
      notes: '',
    };
  });
  // Last quarter's meeting, held and followed up, so the minutes, follow-up, history and themes pages have their payoff.
  // Its speaker (named in its notes) has no talk in the pipeline; its closing round chose the next meeting's theme.
  const heldSpeaker = speakers.find((speaker) => speaker.name === HELD_MEETING_SPEAKER)!;
  const held = createHeldMeeting({ language, today, now, newId, members, speaker: heldSpeaker, nextMeeting: meetings[0]! });
  return {
    ...emptyWorkspaceCollections(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: { id: newId(), name: text.groupName, language, archived: false, createdAt: now.toISOString(), description: text.description },
    members,
    speakers,
    meetings: [held.meeting, ...meetings],
    invitations: [...invitations, held.invitation],
    actions: held.actions,
    themes: held.themes,
  };
}
