// The minutes as a Word document: one meeting or a whole year, in the members' or the shareable version.
// Pure: data in, bytes out. The confidentiality filter runs first, so nothing the version may not show reaches a run.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  ShadingType,
  TabStopType,
  TextRun,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { anonymiseMeetingMinutes, neutralRole } from '../domain/chatham-house';
import { meetingMinutesIn } from '../domain/confidentiality';
import { byDateAndTime, type AgendaItemRef, type MeetingMinutes } from '../domain/meetings';
import type { Group, Language, Meeting, Member } from '../domain/model';
import type { Action, ActionOwner, Minutes, MinutesVersion, RoundEntry } from '../domain/minutes-model';
import { currentOrganisation } from '../domain/people';
import { MAX_LIST_DEPTH, parseRichText, type Block, type Inline } from '../domain/rich-text';
import {
  dataTable,
  documentStyles,
  factLines,
  longDate,
  pageNumberFooter,
  textRuns,
  timeRange,
  title as titleParagraph,
  xmlSafe,
} from './docx-common';
import { packDocxInParts } from './docx-in-parts';
import { formatShortDate, MINUTES_LABELS, type MinutesLabels } from './minutes-labels';

export interface MinutesExportInput {
  group: Group;
  members: readonly Member[];
  version: MinutesVersion;
  /** One meeting, or every meeting of a year in date order. */
  meetings: readonly MeetingMinutes[];
  /** Set when exporting a year: the document gets a year title and one chapter per meeting. */
  year?: number;
  /**
   * The Chatham House version (shareable only): members appear as neutral roles from their current job, and names and
   * organisations in the text are replaced (domain/chatham-house.ts).
   */
  chathamHouse?: boolean;
  /** The facilitator's name from the profile, shown for the actions the facilitator owns (not in Chatham House). */
  facilitatorName?: string;
}

const ACCENT = '1F4E79';
const ACCENT_LIGHT = 'E8EEF5';
const MUTED = '5F6B7A';
// A4 with the same margins as the house document in docx-common, so agenda and minutes print alike.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A Word heading at `depth` (0 = Heading 1), so the navigation pane shows the minutes' structure. */
function heading(text: string, depth: number, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)],
    pageBreakBefore,
    keepNext: true,
    children: textRuns(text),
  });
}

function mutedParagraph(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text, { italics: true, color: MUTED }) });
}

// ---- Rich text (notes) to Word paragraphs.

const ORDERED_LIST = {
  reference: 'minutes-ordered',
  levels: Array.from({ length: MAX_LIST_DEPTH }, (_, level) => ({
    level,
    format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][level] ?? LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 360 * (level + 1) + 360, hanging: 360 } } },
  })),
};

/** The list definitions numbered paragraphs refer to; a letterhead export must hand them to the patcher too. */
export const MINUTES_NUMBERING = { config: [ORDERED_LIST] };

/** Numbered lists restart per list; each gets its own instance of the one numbering definition. */
export interface ListCounter {
  next: number;
}

function inlineChildren(inlines: readonly Inline[]): ParagraphChild[] {
  return inlines.map((inline): ParagraphChild => {
    if (inline.kind === 'lineBreak') return new TextRun({ break: 1 });
    if (inline.kind === 'text') return new TextRun({ text: xmlSafe(inline.text), bold: inline.bold, italics: inline.italic });
    return new ExternalHyperlink({
      link: inline.href,
      children: inline.spans.map((span) => new TextRun({ text: xmlSafe(span.text), bold: span.bold, italics: span.italic, style: 'Hyperlink' })),
    });
  });
}

const FIRST_LETTER = /\p{L}/u;
const RIGHT_TO_LEFT_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** A note written in Hebrew or Arabic reads right to left in Word too: its first letter decides, as in Unicode's rule. */
function rightToLeft(inlines: readonly Inline[]): { bidirectional?: true } {
  for (const inline of inlines) {
    const text = inline.kind === 'text' ? inline.text : inline.kind === 'link' ? inline.spans.map((span) => span.text).join('') : '';
    const letter = FIRST_LETTER.exec(text)?.[0];
    if (letter) return RIGHT_TO_LEFT_SCRIPT.test(letter) ? { bidirectional: true } : {};
  }
  return {};
}

function blockParagraphs(blocks: readonly Block[], counter: ListCounter, listLevel = -1): Paragraph[] {
  return blocks.flatMap((block): Paragraph[] => {
    if (block.kind === 'paragraph') {
      return [
        new Paragraph({
          ...rightToLeft(block.inlines),
          children: inlineChildren(block.inlines),
          ...(listLevel >= 0 ? { indent: { left: 360 * (listLevel + 1) + 360 } } : {}),
        }),
      ];
    }
    const level = Math.min(listLevel + 1, MAX_LIST_DEPTH - 1);
    const instance = counter.next++;
    return block.items.flatMap((item) => {
      const [first, ...rest] = item.blocks;
      const marker = block.ordered
        ? { numbering: { reference: orderedListFrom(block.start), level, instance } }
        : { bullet: { level } };
      const lead = new Paragraph({
        ...marker,
        ...(first?.kind === 'paragraph' ? rightToLeft(first.inlines) : {}),
        spacing: { after: 60 },
        children: first?.kind === 'paragraph' ? inlineChildren(first.inlines) : [],
      });
      const remaining = first?.kind === 'paragraph' ? rest : item.blocks;
      return [lead, ...blockParagraphs(remaining, counter, level)];
    });
  });
}

/** A list that starts at 3 in the note starts at 3 in Word; docx keeps the first definition per reference, so each
 * start number gets a reference of its own. */
function orderedListFrom(start: number): typeof ORDERED_LIST {
  const first = Math.max(0, Math.min(start, 32767));
  if (first === 1) return ORDERED_LIST;
  return {
    reference: `${ORDERED_LIST.reference}-from-${first}`,
    levels: ORDERED_LIST.levels.map((level) => (level.level === 0 ? { ...level, start: first } : level)),
  };
}

/** Word paragraphs for a note in the rich-text format; exported for other documents that show notes. */
export function richTextParagraphs(source: string, counter: ListCounter = { next: 1 }): Paragraph[] {
  return blockParagraphs(parseRichText(source), counter);
}

// ---- The content of one meeting's minutes.

interface Context {
  labels: MinutesLabels;
  language: Language;
  members: ReadonlyMap<string, Member>;
  counter: ListCounter;
  /** Chatham House: a member is shown by a neutral role, never by name or organisation. */
  roles: boolean;
  /** Who "the facilitator" is in this document; empty keeps the word. */
  facilitatorName: string;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);

function memberName(context: Context, memberId: string): string {
  const member = context.members.get(memberId);
  if (!member) return context.labels.unknownMember;
  return context.roles ? capitalised(neutralRole(member, context.language)) : member.name;
}

function organisationOf(member: Member | undefined): string {
  return member ? currentOrganisation(member) : '';
}

function ownerName(context: Context, owner: ActionOwner): string {
  if (owner.kind === 'member') return memberName(context, owner.memberId);
  return context.facilitatorName === '' ? context.labels.facilitator : context.facilitatorName;
}

function meetingFacts(context: Context, meeting: Meeting): Paragraph[] {
  const { facts } = context.labels;
  return factLines([
    [facts.date, longDate(meeting.date, context.language)],
    [facts.time, timeRange(meeting.startTime, meeting.endTime)],
    [facts.host, meeting.hostOrganisation],
    [facts.place, meeting.address],
    [facts.theme, meeting.theme],
  ]);
}

const STATUS_ORDER = { present: 0, excused: 1, absent: 2 } as const;

function attendanceSection(context: Context, minutes: Minutes, depth: number): FileChild[] {
  const { labels } = context;
  if (minutes.attendance.length === 0 && minutes.guests.length === 0) return [];
  const sorted = [...minutes.attendance].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || memberName(context, a.memberId).localeCompare(memberName(context, b.memberId), context.language),
  );
  const children: FileChild[] = [heading(labels.attendance, depth)];
  if (sorted.length > 0) {
    const { name, organisation, status } = labels.attendanceColumns;
    // A role already says where a member comes from, and an organisation would name them.
    const columns = context.roles
      ? [
          { header: labels.chathamHouse.role, widthPercent: 80 },
          { header: status, widthPercent: 20 },
        ]
      : [
          { header: name, widthPercent: 36 },
          { header: organisation, widthPercent: 44 },
          { header: status, widthPercent: 20 },
        ];
    const rows = sorted.map((entry) =>
      context.roles
        ? [memberName(context, entry.memberId), labels.attendanceStatus[entry.status]]
        : [memberName(context, entry.memberId), organisationOf(context.members.get(entry.memberId)), labels.attendanceStatus[entry.status]],
    );
    children.push(dataTable(columns, rows.map((cells) => ({ cells }))));
  }
  if (minutes.guests.length > 0) {
    children.push(new Paragraph({ spacing: { before: 160 }, children: textRuns(labels.guests, { bold: true }) }));
    for (const guest of minutes.guests) {
      const text = guest.organisation.trim() ? `${guest.name} (${guest.organisation})` : guest.name;
      children.push(new Paragraph({ bullet: { level: 0 }, children: textRuns(text) }));
    }
  }
  return children;
}

function roundSection(context: Context, title: string, entries: readonly RoundEntry[], depth: number): FileChild[] {
  const spoken = entries.filter((entry) => entry.text.trim() !== '');
  if (spoken.length === 0) return [];
  return [
    heading(title, depth),
    ...spoken.map(
      (entry) =>
        new Paragraph({
          spacing: { after: 100 },
          children: [new TextRun({ text: `${xmlSafe(memberName(context, entry.memberId))}: `, bold: true }), ...textRuns(entry.text)],
        }),
    ),
  ];
}

function agendaSection(context: Context, minutes: Minutes, agendaItems: readonly AgendaItemRef[], depth: number): FileChild[] {
  const { labels } = context;
  const known = new Set(agendaItems.map((item) => item.id));
  const orphanNotes = minutes.notes.filter((note) => !known.has(note.agendaItemId) && note.text.trim() !== '');
  if (agendaItems.length === 0 && orphanNotes.length === 0) return [];
  const children: FileChild[] = [heading(labels.agenda, depth)];
  const items: { title: string; notes: string[] }[] = agendaItems.map((item) => ({
    title: item.startTime ? `${item.startTime}  ${item.title}` : item.title,
    notes: minutes.notes.filter((note) => note.agendaItemId === item.id).map((note) => note.text),
  }));
  // Notes whose agenda item was deleted are still the group's notes; they are shown rather than silently dropped.
  if (orphanNotes.length > 0) items.push({ title: labels.otherNotes, notes: orphanNotes.map((note) => note.text) });
  for (const item of items) {
    children.push(heading(item.title, depth + 1));
    const paragraphs = item.notes.flatMap((text) => richTextParagraphs(text, context.counter));
    children.push(...(paragraphs.length > 0 ? paragraphs : [mutedParagraph(labels.noNotes)]));
  }
  return children;
}

function decisionsSection(context: Context, minutes: Minutes, agendaItems: readonly AgendaItemRef[], depth: number): FileChild[] {
  if (minutes.decisions.length === 0) return [];
  const titleOf = new Map(agendaItems.map((item) => [item.id, item.title]));
  const instance = context.counter.next++;
  return [
    heading(context.labels.decisions, depth),
    ...minutes.decisions.map((decision) => {
      const itemTitle = decision.agendaItemId ? titleOf.get(decision.agendaItemId) : undefined;
      return new Paragraph({
        numbering: { reference: ORDERED_LIST, level: 0, instance },
        spacing: { after: 80 },
        children: [
          ...textRuns(decision.text),
          ...(itemTitle ? [new TextRun({ text: `  ${xmlSafe(context.labels.decisionItem(itemTitle))}`, color: MUTED, size: 18 })] : []),
        ],
      });
    }),
  ];
}

function actionsSection(context: Context, actions: readonly Action[], depth: number): FileChild[] {
  if (actions.length === 0) return [];
  const { labels } = context;
  const { what, who, when, status } = labels.actionColumns;
  const rows = [...actions]
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((action) => [action.text, ownerName(context, action.owner), formatShortDate(action.due, context.language), labels.actionStatus[action.status]]);
  const columns = [
    { header: what, widthPercent: 48 },
    { header: who, widthPercent: 24 },
    { header: when, widthPercent: 16 },
    { header: status, widthPercent: 12 },
  ];
  return [heading(labels.actions, depth), dataTable(columns, rows.map((cells) => ({ cells })))];
}

function nextThemeSection(context: Context, minutes: Minutes, depth: number): FileChild[] {
  const text = minutes.nextTheme?.text.trim();
  if (!text) return [];
  return [heading(context.labels.nextTheme, depth), new Paragraph({ children: textRuns(text, { bold: true, color: ACCENT, size: 26 }) })];
}

/** The body of one meeting's minutes, its sections at `depth` (0 = Heading 1). Input must already be filtered. */
function meetingBody(context: Context, entry: MeetingMinutes, depth: number): FileChild[] {
  const children: FileChild[] = meetingFacts(context, entry.meeting);
  const minutes = entry.minutes;
  if (!minutes) return [...children, mutedParagraph(context.labels.noMinutes)];
  return [
    ...children,
    ...attendanceSection(context, minutes, depth),
    ...roundSection(context, context.labels.checkInRound, minutes.checkInRound, depth),
    ...agendaSection(context, minutes, entry.agendaItems, depth),
    ...decisionsSection(context, minutes, entry.agendaItems, depth),
    ...actionsSection(context, entry.actions, depth),
    ...roundSection(context, context.labels.closingRound, minutes.closingRound, depth),
    ...nextThemeSection(context, minutes, depth),
  ];
}

/** Applies the version's confidentiality before anything is rendered, then, for Chatham House, takes the names out. */
function filtered(entry: MeetingMinutes, input: MinutesExportInput): MeetingMinutes {
  const visible = meetingMinutesIn(entry, input.version);
  return input.chathamHouse ? anonymiseMeetingMinutes(visible, input.members, input.group.language) : visible;
}

/** The words that name the version on the page and in the header. */
function versionWords(labels: MinutesLabels, input: Pick<MinutesExportInput, 'version' | 'chathamHouse'>): { label: string; note: string } {
  if (input.chathamHouse) return labels.chathamHouse;
  return { label: labels.versionLabel[input.version], note: labels.versionNote[input.version] };
}

function versionNote(words: { label: string; note: string }): Paragraph {
  return new Paragraph({
    spacing: { before: 120, after: 240 },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: ACCENT_LIGHT },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
    children: [
      new TextRun({ text: `${words.label}. `, bold: true, color: ACCENT, size: 20 }),
      ...textRuns(words.note, { italics: true, color: ACCENT, size: 20 }),
    ],
  });
}

export interface MinutesContent {
  /** For the document's properties and a letterhead's {{title}}. */
  title: string;
  /** For a letterhead's {{date}}: the meeting's date, or the year. */
  dateText: string;
  /** Every paragraph and table of the document's body, without page header and footer. */
  body: FileChild[];
}

/** The minutes' body in the order it is printed, each part (the opening, then each meeting) built when it is read. */
export interface MinutesContentParts {
  title: string;
  dateText: string;
  parts: Iterable<FileChild[]>;
}

/** A year's document holds that year's meetings in date order, whatever the caller passed. */
function meetingsToExport(input: MinutesExportInput): readonly MeetingMinutes[] {
  if (input.year === undefined) return input.meetings;
  const prefix = `${input.year}-`;
  return input.meetings
    .filter((entry) => entry.meeting.date.startsWith(prefix))
    .sort((a, b) => byDateAndTime(a.meeting, b.meeting));
}

/**
 * The body of the minutes document in parts: a year book is built one meeting at a time, so a long year never has all
 * of its Word objects alive at once (see docx-in-parts.ts). Read the parts once, in order: list numbering counts on.
 */
export function minutesContentParts(input: MinutesExportInput, options: { withTitle: boolean } = { withTitle: true }): MinutesContentParts {
  const language = input.group.language;
  const labels = MINUTES_LABELS[language];
  const context: Context = {
    labels,
    language,
    members: new Map(input.members.map((member) => [member.id, member])),
    counter: { next: 1 },
    roles: input.chathamHouse === true,
    facilitatorName: input.chathamHouse === true ? '' : (input.facilitatorName ?? ''),
  };
  const meetings = meetingsToExport(input);
  const single = input.year === undefined && meetings.length === 1 ? filtered(meetings[0]!, input) : undefined;
  const year = input.year ?? (meetings[0] ? Number(meetings[0].meeting.date.slice(0, 4)) : undefined);
  const title = single || year === undefined ? labels.documentTitle : labels.yearTitle(year);
  const dateText = single ? longDate(single.meeting.date, language) : String(year ?? '');
  function* parts(): Generator<FileChild[]> {
    const opening: FileChild[] = [];
    if (options.withTitle) {
      opening.push(
        titleParagraph(title),
        new Paragraph({ spacing: { after: 120 }, children: textRuns(single ? `${input.group.name} · ${dateText}` : input.group.name, { color: MUTED, size: 26 }) }),
      );
    }
    opening.push(versionNote(versionWords(labels, input)));
    if (single) {
      yield [...opening, ...meetingBody(context, single, 0)];
      return;
    }
    if (meetings.length === 0) opening.push(mutedParagraph(labels.noMinutes));
    yield opening;
    for (const [index, entry] of meetings.entries()) {
      yield [
        heading(`${labels.documentTitle} – ${longDate(entry.meeting.date, language)}`, 0, index > 0),
        ...meetingBody(context, filtered(entry, input), 1),
      ];
    }
  }
  return { title, dateText, parts: parts() };
}

/** Builds the whole body of the minutes document at once: for the letterhead export, which patches it into a template. */
export function buildMinutesContent(input: MinutesExportInput, options: { withTitle: boolean } = { withTitle: true }): MinutesContent {
  const { title, dateText, parts } = minutesContentParts(input, options);
  return { title, dateText, body: [...parts].flat() };
}

function pageHeader(group: Group, versionLabel: string): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 4 } },
        children: [
          new TextRun({ text: xmlSafe(group.name), bold: true, color: ACCENT, size: 18 }),
          new TextRun({ text: `\t${versionLabel}`, color: MUTED, size: 18, allCaps: true }),
        ],
      }),
    ],
  });
}

/**
 * The minutes' Word document (A4, house styles, group and version on every page, numbered pages) around `children`;
 * buildMinutesDocx gives it no children and packs the body part by part.
 */
export function minutesDocument(input: MinutesExportInput, content: { title: string; dateText: string }, children: readonly FileChild[]): Document {
  const labels = MINUTES_LABELS[input.group.language];
  return new Document({
    creator: 'Netværk',
    title: xmlSafe(`${content.title} – ${input.group.name} – ${content.dateText}`),
    description: versionWords(labels, input).label,
    styles: documentStyles(input.group.language),
    numbering: MINUTES_NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: { default: pageHeader(input.group, versionWords(labels, input).label) },
        footers: { default: pageNumberFooter(labels.pageNumber) },
        children,
      },
    ],
  });
}

/** The minutes as a complete .docx package. */
export async function buildMinutesDocx(input: MinutesExportInput): Promise<Uint8Array> {
  const content = minutesContentParts(input);
  return packDocxInParts(minutesDocument(input, content, []), content.parts);
}
