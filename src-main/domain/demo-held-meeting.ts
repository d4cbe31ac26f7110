// The demo group's meeting last quarter, already held: minutes at all three levels, decisions, actions open and done,
// a theme vote and a thanked speaker, so a new user sees what every page gives back after a meeting.
import { builtInTemplate, instantiateTemplate, itemsForMeeting } from './agenda-templates';
import type { Language, Meeting, Member, Speaker } from './model';
import type { Action, Minutes, Theme } from './minutes-model';
import type { Invitation } from './speaker-model';

export interface HeldMeetingOptions {
  language: Language;
  today: string;
  now: Date;
  newId: () => string;
  members: readonly Member[];
  /** The speaker who gave the talk and has been thanked. */
  speaker: Speaker;
  /** The first upcoming meeting: the closing round chose its theme. */
  nextMeeting: Meeting;
}

export interface HeldMeeting {
  meeting: Meeting;
  invitation: Invitation;
  actions: Action[];
  themes: Theme[];
}

const DAY_MS = 86_400_000;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const TEXT = {
  da: {
    theme: 'Gevinstrealisering i praksis',
    host: 'Vesterbro Boligselskab',
    address: 'Enghavevej 40, 1674 København V',
    topic: 'Arkitekturstyring uden bureaukrati',
    notes: {
      shareable: 'Henrik viste, hvordan et lille arkitekturråd med en fast dagsorden på 30 minutter kan erstatte lange godkendelsesrunder.',
      members: 'Flere i gruppen kender problemet med skyggeløsninger i forretningen. Drøftelsen gik på, hvordan man gør det lettere at gøre det rigtige.',
      room: 'En deltager fortalte om en leverandørsag, der er endt i voldgift. Bliver i rummet.',
    },
    decisions: ['Gruppen deler sine skabeloner for gevinstopfølgning i den fælles mappe.', 'Næste møde holdes hos Region Vestkyst med rundvisning i driftscentret.'],
    actions: ['Send skabelonen for gevinstopfølgning til gruppen', 'Find en oplægsholder om AI i drift', 'Book lokale og forplejning til næste møde'],
    checkIn: ['Travlt med budgettet for næste år og en ny digitaliseringsstrategi.', 'Vi er midt i en stor migrering til skyen; det fylder alt.'],
    closing: 'Tager idéen om et lille arkitekturråd med hjem.',
    waitingThemes: ['Kompetencer til fremtidens IT-afdeling', 'Cybersikkerhed i leverandørkæden', 'Data som fælles sprog'],
  },
  en: {
    theme: 'Benefits realisation in practice',
    host: 'Vesterbro Boligselskab',
    address: 'Enghavevej 40, 1674 Copenhagen V',
    topic: 'Architecture governance without bureaucracy',
    notes: {
      shareable: 'Henrik showed how a small architecture board with a fixed 30-minute agenda can replace long approval rounds.',
      members: 'Several in the group know shadow IT in the business. The discussion was on making the right way the easy way.',
      room: 'A participant told of a supplier dispute that has gone to arbitration. Stays in the room.',
    },
    decisions: ['The group shares its benefits follow-up templates in the common folder.', 'The next meeting is hosted by Region Vestkyst with a tour of the operations centre.'],
    actions: ['Send the benefits follow-up template to the group', 'Find a speaker on AI in operations', 'Book the room and catering for the next meeting'],
    checkIn: ['Busy with next year’s budget and a new digital strategy.', 'We are in the middle of a big move to the cloud; it takes everything.'],
    closing: 'Takes the idea of a small architecture board home.',
    waitingThemes: ['Skills for the IT department of the future', 'Cyber security in the supply chain', 'Data as a common language'],
  },
} as const;

/** The meeting a quarter before the next one (a quarter earlier still if that is not yet past). */
export function heldMeetingDate(nextMeetingDate: string, today: string): string {
  let date = addDays(nextMeetingDate, -91);
  while (date >= today) date = addDays(date, -91);
  return date;
}

export function createHeldMeeting({ language, today, now, newId, members, speaker, nextMeeting }: HeldMeetingOptions): HeldMeeting {
  const text = TEXT[language];
  const date = heldMeetingDate(nextMeeting.date, today);
  const meetingId = newId();
  const template = builtInTemplate('fullDay', language);
  const agenda = instantiateTemplate({ items: itemsForMeeting(template, { kind: 'fullDay', siteTour: true, dinner: false }) }, newId);
  const talk = agenda.find((item) => item.kind === 'talk')!;
  const discussion = agenda.find((item) => item.kind === 'discussion')!;
  const invitationId = newId();
  talk.responsible = { kind: 'speaker', speakerId: speaker.id };
  talk.invitationId = invitationId;

  const [first, second, third] = members;
  const present = members.slice(0, -2);
  const minutes: Minutes = {
    meetingId,
    attendance: [
      ...present.map((member) => ({ memberId: member.id, status: 'present' as const })),
      { memberId: members.at(-2)!.id, status: 'excused' },
      { memberId: members.at(-1)!.id, status: 'absent' },
    ],
    guests: [],
    notes: [
      { id: newId(), agendaItemId: talk.id, text: text.notes.shareable, level: 'shareable' },
      { id: newId(), agendaItemId: discussion.id, text: text.notes.members, level: 'members' },
      { id: newId(), agendaItemId: discussion.id, text: text.notes.room, level: 'room' },
    ],
    decisions: [
      { id: newId(), text: text.decisions[0], level: 'shareable', agendaItemId: discussion.id },
      { id: newId(), text: text.decisions[1], level: 'members' },
    ],
    checkInRound: [
      { memberId: first!.id, text: text.checkIn[0], level: 'members' },
      { memberId: second!.id, text: text.checkIn[1], level: 'room' },
    ],
    closingRound: [{ memberId: third!.id, text: text.closing, level: 'members' }],
    updatedAt: new Date(Date.parse(`${date}T16:30:00Z`)).toISOString(),
  };

  // Dots as a real vote leaves them: nobody over the budget of three, the chosen theme the most popular.
  const dots = (pairs: [memberIndex: number, dots: number][]) => Object.fromEntries(pairs.map(([index, count]) => [members[index]!.id, count]));
  const chosenThemeId = newId();
  const themes: Theme[] = [
    { id: chosenThemeId, title: nextMeeting.theme, raisedAtMeetingId: meetingId, votes: dots([[0, 2], [1, 2], [4, 1]]), status: 'chosen', meetingId: nextMeeting.id },
    ...[dots([[2, 2], [3, 1], [5, 2]]), dots([[6, 1], [7, 2], [3, 1]]), dots([[8, 1]])].map((votes, index) => ({
      id: newId(),
      title: text.waitingThemes[index]!,
      raisedAtMeetingId: meetingId,
      raisedByMemberId: members[index + 9]!.id,
      votes,
      status: 'waiting' as const,
    })),
  ];
  minutes.nextTheme = { text: nextMeeting.theme, themeId: chosenThemeId };

  const actions: Action[] = [
    { id: newId(), meetingId, text: text.actions[0], owner: { kind: 'member', memberId: first!.id }, due: addDays(date, 14), status: 'done', doneAt: addDays(date, 10), level: 'members' },
    { id: newId(), meetingId, text: text.actions[1], owner: { kind: 'facilitator' }, due: addDays(today, 21), status: 'open', level: 'members' },
    { id: newId(), meetingId, text: text.actions[2], owner: { kind: 'member', memberId: second!.id }, due: addDays(today, -3), status: 'open', level: 'members' },
  ];

  const at = (isoDate: string, hour: number) => {
    const stamp = Date.parse(`${isoDate}T${String(hour).padStart(2, '0')}:00:00Z`);
    return new Date(Math.min(stamp, now.getTime())).toISOString();
  };
  const invitation: Invitation = {
    id: invitationId,
    speakerId: speaker.id,
    meetingId,
    agendaItemId: talk.id,
    topic: text.topic,
    state: 'thanked',
    history: [
      { state: 'idea', at: at(addDays(date, -70), 9) },
      { state: 'asked', at: at(addDays(date, -63), 9) },
      { state: 'confirmed', at: at(addDays(date, -60), 9) },
      { state: 'materialsReceived', at: at(addDays(date, -5), 9) },
      { state: 'delivered', at: at(date, 15) },
      { state: 'thanked', at: at(addDays(date, 1), 10) },
    ],
    notes: '',
  };

  const meeting: Meeting = {
    id: meetingId,
    date,
    startTime: '09:30',
    endTime: '16:00',
    kind: 'fullDay',
    hostOrganisation: text.host,
    address: text.address,
    theme: text.theme,
    siteTour: true,
    dinner: false,
    jointWithSisterGroup: false,
    status: 'minutesSent',
    agenda,
    minutes,
  };
  return { meeting, invitation, actions, themes };
}
