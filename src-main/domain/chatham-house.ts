// The Chatham House version of the shareable minutes: what was said may be passed on, but not who said it. Members
// become neutral roles from their current job ("en CIO fra en region"), organisations the kind they are ("en region"),
// and a check lists any member or organisation name still left in the text for the facilitator to fix.
import type { MeetingMinutes } from './meetings';
import type { Language, Member, Sector } from './model';
import { currentEmployment } from './people';

const SECTOR_PHRASES: Record<Language, Record<Sector, string>> = {
  da: {
    state: 'staten',
    region: 'en region',
    municipality: 'en kommune',
    private: 'en privat virksomhed',
    supplier: 'en leverandør',
    other: 'en organisation',
  },
  en: {
    state: 'central government',
    region: 'a region',
    municipality: 'a municipality',
    private: 'a private company',
    supplier: 'a supplier',
    other: 'an organisation',
  },
};

/** "en region", "a municipality": an organisation described by its sector alone. */
export function neutralOrganisation(sector: Sector, language: Language): string {
  return SECTOR_PHRASES[language][sector];
}

// An acronym keeps its capitals ("CIO", "IT-chef"); any other title reads in lower case inside a sentence.
const ACRONYM = /^\p{Lu}{2}/u;

function titleInSentence(title: string): string {
  return ACRONYM.test(title) ? title : title.charAt(0).toLocaleLowerCase('da') + title.slice(1);
}

// Letters whose English name starts with a vowel sound: "an MBA", "an IT director"; and vowels that sound like "you".
const VOWEL_SOUND_LETTERS = new Set([...'AEFHILMNORSX']);
const CONSONANT_SOUND_START = /^(uni|use|usu|eu|one)/i;

function englishArticle(title: string): 'a' | 'an' {
  if (ACRONYM.test(title)) return VOWEL_SOUND_LETTERS.has(title.charAt(0)) ? 'an' : 'a';
  return /^[aeiou]/i.test(title) && !CONSONANT_SOUND_START.test(title) ? 'an' : 'a';
}

/**
 * The one rule for describing a member without naming them: the title and sector of their current job (see
 * currentEmployment): "en CIO fra en region" / "a CIO from a region". Without a title: "et medlem fra en kommune";
 * without a current job: "et medlem" / "a member".
 */
export function neutralRole(member: Pick<Member, 'employments'>, language: Language): string {
  const job = currentEmployment(member);
  const member_ = language === 'da' ? 'et medlem' : 'a member';
  if (job === undefined) return member_;
  const from = `${language === 'da' ? 'fra' : 'from'} ${neutralOrganisation(job.sector, language)}`;
  const title = job.title.trim();
  if (title === '') return `${member_} ${from}`;
  const article = language === 'da' ? 'en' : englishArticle(title);
  return `${article} ${titleInSentence(title)} ${from}`;
}

/** One name to take out of the text and what stands in its place. */
export interface Replacement {
  find: string;
  replaceWith: string;
  kind: 'member' | 'organisation';
}

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/**
 * Every member's name becomes their role; every organisation any member has worked for (earlier jobs too: a name is a
 * name) becomes its sector. Longest first, so "Region Syd IT" is taken before "Region Syd".
 */
export function chathamHouseReplacements(members: readonly Member[], language: Language): Replacement[] {
  const byText = new Map<string, Replacement>();
  for (const member of members) {
    const name = member.name.trim();
    if (name !== '') byText.set(fold(name), { find: name, replaceWith: neutralRole(member, language), kind: 'member' });
  }
  for (const member of members) {
    for (const job of member.employments) {
      const organisation = job.organisation.trim();
      if (organisation === '' || byText.has(fold(organisation))) continue;
      byText.set(fold(organisation), { find: organisation, replaceWith: neutralOrganisation(job.sector, language), kind: 'organisation' });
    }
  }
  return [...byText.values()].sort((a, b) => b.find.length - a.find.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word, spaced any way, with a genitive ending kept ("Anne Holms", "Region Syd's"). */
const wordPattern = (text: string) => escapeRegExp(text.trim()).replace(/\s+/g, '\\s+');
const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_AFTER = '(?:s|[\'’]s)?(?![\\p{L}\\p{N}])';
const GENITIVE = /(?:s|['’]s)$/u;

/** Whether `offset` starts a sentence, a paragraph or a list item, so the role there starts with a capital. */
function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(0, offset).replace(/[ \t*_]+$/, '');
  return before === '' || /[.!?\n]$/.test(before) || /(^|\n)[ \t]*(?:[-+]|\d+[.)])$/.test(before);
}

/** `text` with every name in `replacements` replaced in one pass (a role put in is never searched again). */
export function anonymiseText(text: string, replacements: readonly Replacement[]): string {
  if (replacements.length === 0 || text === '') return text;
  const byFolded = new Map(replacements.map((replacement) => [fold(replacement.find), replacement.replaceWith]));
  const pattern = new RegExp(`${WORD_BEFORE}(?:${replacements.map((replacement) => wordPattern(replacement.find)).join('|')})${WORD_AFTER}`, 'giu');
  return text.replace(pattern, (match: string, offset: number) => {
    let name = match;
    let ending = '';
    let role = byFolded.get(fold(name));
    const genitive = GENITIVE.exec(match);
    if (role === undefined && genitive) {
      name = match.slice(0, -genitive[0].length);
      ending = genitive[0];
      role = byFolded.get(fold(name));
    }
    if (role === undefined) return match;
    const placed = startsSentence(text, offset) ? role.charAt(0).toLocaleUpperCase('da') + role.slice(1) : role;
    return placed + ending;
  });
}

/** Where in the minutes a text sits, so the facilitator can go and fix it. */
export type TextPlace = 'theme' | 'host' | 'agendaItem' | 'note' | 'decision' | 'checkInRound' | 'closingRound' | 'action' | 'nextTheme' | 'guest';

export interface PlacedText {
  place: TextPlace;
  text: string;
  /** The agenda item a note or decision belongs to, when it has one. */
  agendaItemTitle?: string;
}

/** Every text of one meeting's minutes the Word document prints, apart from members' names (the exporter's roles). */
export function textsOfMinutes(entry: MeetingMinutes): PlacedText[] {
  const titleOf = new Map(entry.agendaItems.map((item) => [item.id, item.title]));
  const withItem = (place: TextPlace, text: string, itemId: string | undefined): PlacedText => {
    const agendaItemTitle = itemId === undefined ? undefined : titleOf.get(itemId);
    return { place, text, ...(agendaItemTitle === undefined ? {} : { agendaItemTitle }) };
  };
  const minutes = entry.minutes;
  const texts: PlacedText[] = [
    { place: 'theme', text: entry.meeting.theme },
    { place: 'host', text: entry.meeting.hostOrganisation },
    { place: 'host', text: entry.meeting.address },
    ...entry.agendaItems.map((item): PlacedText => ({ place: 'agendaItem', text: item.title })),
    ...(minutes?.notes ?? []).map((note) => withItem('note', note.text, note.agendaItemId)),
    ...(minutes?.decisions ?? []).map((decision) => withItem('decision', decision.text, decision.agendaItemId)),
    ...(minutes?.checkInRound ?? []).map((entry_): PlacedText => ({ place: 'checkInRound', text: entry_.text })),
    ...(minutes?.closingRound ?? []).map((entry_): PlacedText => ({ place: 'closingRound', text: entry_.text })),
    ...entry.actions.map((action): PlacedText => ({ place: 'action', text: action.text })),
    ...(minutes?.nextTheme ? [{ place: 'nextTheme', text: minutes.nextTheme.text } satisfies PlacedText] : []),
    ...(minutes?.guests ?? []).map((guest): PlacedText => ({ place: 'guest', text: `${guest.name} ${guest.organisation}` })),
  ];
  return texts.filter((placed) => placed.text.trim() !== '');
}

/**
 * One meeting's minutes (already filtered to the shareable level) with names and organisations replaced. The address
 * goes: a street names the host as surely as its name. Attendance keeps member ids; the exporter prints their roles.
 */
export function anonymiseMeetingMinutes(entry: MeetingMinutes, members: readonly Member[], language: Language): MeetingMinutes {
  const replacements = chathamHouseReplacements(members, language);
  const clean = (text: string) => anonymiseText(text, replacements);
  const minutes = entry.minutes;
  return {
    ...entry,
    meeting: { ...entry.meeting, theme: clean(entry.meeting.theme), hostOrganisation: clean(entry.meeting.hostOrganisation), address: '' },
    agendaItems: entry.agendaItems.map((item) => ({ ...item, title: clean(item.title) })),
    actions: entry.actions.map((action) => ({ ...action, text: clean(action.text) })),
    ...(minutes
      ? {
          minutes: {
            ...minutes,
            notes: minutes.notes.map((note) => ({ ...note, text: clean(note.text) })),
            decisions: minutes.decisions.map((decision) => ({ ...decision, text: clean(decision.text) })),
            checkInRound: minutes.checkInRound.map((round) => ({ ...round, text: clean(round.text) })),
            closingRound: minutes.closingRound.map((round) => ({ ...round, text: clean(round.text) })),
            guests: minutes.guests.map((guest) => ({ ...guest, organisation: clean(guest.organisation) })),
            ...(minutes.nextTheme ? { nextTheme: { ...minutes.nextTheme, text: clean(minutes.nextTheme.text) } } : {}),
          },
        }
      : {}),
  };
}

/** A member's or organisation's name still in the text after the replacement. */
export interface NameFinding {
  kind: 'member' | 'organisation';
  /** The words as they stand in the text. */
  found: string;
  /** Whose name it is: the member's full name, or the organisation. */
  of: string;
  meetingId: string;
  meetingDate: string;
  place: TextPlace;
  agendaItemTitle?: string;
}

interface NameProbe {
  kind: NameFinding['kind'];
  of: string;
  pattern: RegExp;
}

// A first or last name alone is a name only when capitalised ("Per", not "per"), and only of two letters or more.
const NAME_PART = /^\p{Lu}[\p{L}'’-]+$/u;

// Words that say what kind of organisation it is rather than which: "Sønderby" names the municipality, "Kommune" does not.
const GENERIC_ORGANISATION_WORDS = new Set(
  [
    'region', 'regionen', 'kommune', 'kommunen', 'styrelsen', 'styrelse', 'ministeriet', 'agentur', 'agency', 'council',
    'municipality', 'digital', 'data', 'energi', 'energy', 'forsyning', 'forsikring', 'bank', 'group', 'gruppen',
    'holding', 'danmark', 'denmark', 'fælles', 'national', 'university', 'universitet', 'hospital', 'hospitalet',
  ],
);

/** The capitalised words of an organisation's name that point at it alone, so "hos Nordhavn" is found too. */
function distinctiveWords(organisation: string): string[] {
  return [...new Set(organisation.split(/\s+/))].filter(
    (word) => /^\p{Lu}[\p{L}-]{3,}$/u.test(word) && !GENERIC_ORGANISATION_WORDS.has(word.toLocaleLowerCase('da')),
  );
}

function probesFor(members: readonly Member[]): NameProbe[] {
  const probe = (kind: NameFinding['kind'], of: string, words: string, flags: string): NameProbe => ({
    kind,
    of,
    pattern: new RegExp(`${WORD_BEFORE}${wordPattern(words)}${WORD_AFTER}`, flags),
  });
  const probes: NameProbe[] = [];
  for (const member of members) {
    const name = member.name.trim();
    if (name === '') continue;
    probes.push(probe('member', name, name, 'iu'));
    for (const part of new Set(name.split(/\s+/))) {
      if (NAME_PART.test(part)) probes.push(probe('member', name, part, 'u'));
    }
  }
  const organisations = new Set(members.flatMap((member) => member.employments.map((job) => job.organisation.trim())).filter((text) => text !== ''));
  for (const organisation of organisations) {
    probes.push(probe('organisation', organisation, organisation, 'iu'));
    for (const word of distinctiveWords(organisation)) probes.push(probe('organisation', organisation, word, 'u'));
  }
  return probes;
}

/**
 * The check before a Chatham House export: the minutes as the export will print them (filtered and anonymised by the
 * caller), searched for every member's full name, first and last name, and every organisation of the members' jobs
 * with the words of its name that point at it alone.
 * One finding per name and place, in the order the document prints them.
 */
export function namesStillFound(meetings: readonly MeetingMinutes[], members: readonly Member[]): NameFinding[] {
  const probes = probesFor(members);
  const findings: NameFinding[] = [];
  const seen = new Set<string>();
  for (const entry of meetings) {
    for (const placed of textsOfMinutes(entry)) {
      for (const probe of probes) {
        const match = probe.pattern.exec(placed.text);
        if (!match) continue;
        // One finding per name and place: "Anne Holm" left in a note is one thing to fix, not three.
        const key = `${entry.meeting.id}|${placed.place}|${placed.agendaItemTitle ?? ''}|${probe.kind}|${probe.of}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          kind: probe.kind,
          found: match[0],
          of: probe.of,
          meetingId: entry.meeting.id,
          meetingDate: entry.meeting.date,
          place: placed.place,
          ...(placed.agendaItemTitle === undefined ? {} : { agendaItemTitle: placed.agendaItemTitle }),
        });
      }
    }
  }
  return findings;
}
