// Built-in agenda templates that follow a network group's usual rhythm, and turning templates into agendas and back.
import type { AgendaItem, AgendaItemKind, AgendaTemplate, AgendaTemplateItem } from './agenda-model';
import type { Language, Meeting } from './model';

type MeetingKind = Meeting['kind'];

interface BuiltInItem {
  kind: AgendaItemKind;
  minutes: number;
  title: Record<Language, string>;
  responsible: 'facilitator' | 'none';
}

// Titles are data in the group's language, so each built-in title exists in both.
const TITLES = {
  welcome: { da: 'Velkomst', en: 'Welcome' },
  checkIn: { da: 'Bordet rundt: hvad optager dig lige nu?', en: 'Check-in round: what is on your mind right now?' },
  followUp: { da: 'Opfølgning på aktioner fra sidste møde', en: 'Follow-up on actions from the last meeting' },
  break: { da: 'Pause', en: 'Break' },
  talk: { da: 'Fagligt oplæg', en: 'Talk' },
  secondTalk: { da: 'Fagligt oplæg 2', en: 'Talk 2' },
  thirdTalk: { da: 'Fagligt oplæg 3', en: 'Talk 3' },
  discussion: { da: 'Drøftelse', en: 'Discussion' },
  lunch: { da: 'Frokost', en: 'Lunch' },
  siteTour: { da: 'Rundvisning hos værten', en: "Site tour at the host's" },
  closingRound: {
    da: 'Afrunding: status fra hver deltager og valg af tema til næste møde',
    en: 'Closing round: a short status from everyone and the theme of the next meeting',
  },
  dinner: { da: 'Middag', en: 'Dinner' },
  checkInToRooms: { da: 'Indkvartering og pause', en: 'Check in to rooms and break' },
  evening: { da: 'Socialt samvær og overnatning', en: 'Evening together and overnight stay' },
  breakfast: { da: 'Morgenmad', en: 'Breakfast' },
} satisfies Record<string, Record<Language, string>>;

const item = (
  kind: AgendaItemKind,
  minutes: number,
  title: Record<Language, string>,
  responsible: BuiltInItem['responsible'] = 'none',
): BuiltInItem => ({ kind, minutes, title, responsible });

/** 09:00–16:00 (420 minutes); a planned dinner follows the closing round. */
const FULL_DAY: BuiltInItem[] = [
  item('welcome', 10, TITLES.welcome, 'facilitator'),
  item('checkIn', 60, TITLES.checkIn, 'facilitator'),
  item('followUp', 15, TITLES.followUp, 'facilitator'),
  item('break', 15, TITLES.break),
  item('talk', 50, TITLES.talk),
  item('discussion', 30, TITLES.discussion, 'facilitator'),
  item('lunch', 45, TITLES.lunch),
  item('siteTour', 60, TITLES.siteTour),
  item('break', 15, TITLES.break),
  item('talk', 45, TITLES.secondTalk),
  item('discussion', 30, TITLES.discussion, 'facilitator'),
  item('closingRound', 45, TITLES.closingRound, 'facilitator'),
  item('dinner', 150, TITLES.dinner),
];

/** 13:00–16:30 (210 minutes). */
const HALF_DAY: BuiltInItem[] = [
  item('welcome', 10, TITLES.welcome, 'facilitator'),
  item('checkIn', 45, TITLES.checkIn, 'facilitator'),
  item('talk', 45, TITLES.talk),
  item('discussion', 25, TITLES.discussion, 'facilitator'),
  item('break', 15, TITLES.break),
  item('siteTour', 40, TITLES.siteTour),
  item('closingRound', 30, TITLES.closingRound, 'facilitator'),
  item('dinner', 150, TITLES.dinner),
];

/** 12:00 on day one to 12:00 on day two (1440 minutes), with dinner in the evening and the night as one item. */
const OVERNIGHT: BuiltInItem[] = [
  item('welcome', 15, TITLES.welcome, 'facilitator'),
  item('lunch', 45, TITLES.lunch),
  item('checkIn', 75, TITLES.checkIn, 'facilitator'),
  item('followUp', 15, TITLES.followUp, 'facilitator'),
  item('talk', 60, TITLES.talk),
  item('discussion', 30, TITLES.discussion, 'facilitator'),
  item('siteTour', 60, TITLES.siteTour),
  item('talk', 60, TITLES.secondTalk),
  item('discussion', 30, TITLES.discussion, 'facilitator'),
  item('break', 45, TITLES.checkInToRooms),
  item('dinner', 165, TITLES.dinner),
  item('other', 600, TITLES.evening),
  item('break', 60, TITLES.breakfast),
  item('talk', 60, TITLES.thirdTalk),
  item('discussion', 30, TITLES.discussion, 'facilitator'),
  item('break', 15, TITLES.break),
  item('closingRound', 45, TITLES.closingRound, 'facilitator'),
  item('lunch', 30, TITLES.lunch),
];

const BUILT_IN: Record<MeetingKind, { items: BuiltInItem[]; name: Record<Language, string> }> = {
  fullDay: { items: FULL_DAY, name: { da: 'Heldagsmøde', en: 'Full-day meeting' } },
  halfDay: { items: HALF_DAY, name: { da: 'Halvdagsmøde', en: 'Half-day meeting' } },
  overnight: { items: OVERNIGHT, name: { da: 'Døgnmøde', en: 'Overnight meeting' } },
};

export const BUILT_IN_TEMPLATE_PREFIX = 'builtin-';

/** The built-in template for a meeting kind, in the group's language. */
export function builtInTemplate(meetingKind: MeetingKind, language: Language): AgendaTemplate {
  const source = BUILT_IN[meetingKind];
  return {
    id: `${BUILT_IN_TEMPLATE_PREFIX}${meetingKind}`,
    name: source.name[language],
    meetingKind,
    items: source.items.map((builtIn) => ({
      kind: builtIn.kind,
      title: builtIn.title[language],
      durationMinutes: builtIn.minutes,
      responsible: builtIn.responsible === 'facilitator' ? { kind: 'facilitator' } : { kind: 'none' },
      notes: '',
    })),
  };
}

export function builtInTemplates(language: Language): AgendaTemplate[] {
  return (Object.keys(BUILT_IN) as MeetingKind[]).map((kind) => builtInTemplate(kind, language));
}

/**
 * The template's items that suit this meeting: no site tour without one, no dinner unless planned. An overnight
 * meeting keeps its dinner whatever the flag says, because its evening is built around it.
 */
export function itemsForMeeting(
  template: AgendaTemplate,
  meeting: Pick<Meeting, 'kind' | 'siteTour' | 'dinner'>,
): AgendaTemplateItem[] {
  return template.items.filter((templateItem) => {
    if (templateItem.kind === 'siteTour') return meeting.siteTour;
    if (templateItem.kind === 'dinner') return meeting.dinner || meeting.kind === 'overnight';
    return true;
  });
}

/** Agenda items from a template, each with a fresh id from `newId`. */
export function instantiateTemplate(
  template: Pick<AgendaTemplate, 'items'>,
  newId: () => string,
): AgendaItem[] {
  return template.items.map((templateItem) => ({ ...templateItem, id: newId() }));
}

/**
 * A new template saved from an agenda. Ids and invitation links are dropped, and so are people: the member or speaker
 * responsible this time is rarely the one next time, while the facilitator stays.
 */
export function templateFromAgenda(
  items: readonly AgendaItem[],
  template: Pick<AgendaTemplate, 'id' | 'name' | 'meetingKind'>,
): AgendaTemplate {
  return {
    ...template,
    items: items.map(({ kind, title, durationMinutes, responsible, notes }) => ({
      kind,
      title,
      durationMinutes,
      responsible: responsible.kind === 'facilitator' ? responsible : { kind: 'none' },
      notes,
    })),
  };
}
