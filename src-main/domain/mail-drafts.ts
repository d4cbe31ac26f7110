// E-mail drafts to speakers: fill a template, then hand it over as a mailto: link or an .eml file. Nothing is sent.
import type { Language, Meeting, Speaker } from './model';
import { emptyFacilitatorProfile, facilitatorNameOf, firstNameOf, signatureOf, type FacilitatorProfile } from './facilitator-profile';
import { isoDateTime } from './text';
import {
  MAIL_PLACEHOLDERS,
  type Invitation,
  type InvitationState,
  type MailKind,
  type MailPlaceholder,
  type MailTemplateKind,
  type MailTemplateSet,
} from './speaker-model';

export type MailValues = Partial<Record<MailPlaceholder, string>>;

const KNOWN_PLACEHOLDERS: ReadonlySet<string> = new Set(MAIL_PLACEHOLDERS);
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/**
 * Replaces {{placeholder}} in one pass, leaving unknown placeholders and those without a value as they are. Used where
 * the user should see what is left to fill (a template preview); a draft uses fillTemplate, which never leaves one.
 */
export function renderTemplate(template: string, values: MailValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!KNOWN_PLACEHOLDERS.has(name)) return whole;
    const value = values[name as MailPlaceholder];
    return value === undefined || value === '' ? whole : value;
  });
}

/** What a sentence says where a value is still unknown, so the sentence reads whole. */
const MISSING_VALUE_WORDS: Record<Language, Partial<Record<MailPlaceholder, string>>> = {
  da: { meetingDate: 'på en dato, vi endnu ikke har fastlagt', place: 'endnu ikke fastlagt', topic: 'dit fagområde' },
  en: { meetingDate: 'a date still to be agreed', place: 'still to be confirmed', topic: 'your field' },
};

// A line that is only a label and a placeholder ("Sted: {{place}}", "{{signature}}") says nothing without its value.
const LABEL_ONLY = /^(?:[^{}:]{0,40}:)?\s*$/;

/**
 * A template filled for sending: no {{…}} survives, whatever the template and the values hold. A known placeholder
 * takes its value; without one, a line that is only a label and the placeholder is left out, and elsewhere the
 * sentence gets words for the gap ("på en dato, vi endnu ikke har fastlagt"). Unknown placeholders are dropped.
 * Values are never expanded again, and punctuation doubled where a value meets the template ("Nyhavn..") is tidied.
 */
export function fillTemplate(template: string, values: MailValues, language: Language): string {
  const valueOf = (name: string): string => {
    if (!KNOWN_PLACEHOLDERS.has(name)) return '';
    return withoutBraces(values[name as MailPlaceholder] ?? '');
  };
  const lines: string[] = [];
  for (const line of template.split(/\r\n|\r|\n/)) {
    const names = [...line.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
    const missing = names.filter((name) => valueOf(name) === '');
    if (names.length > 0 && missing.length === names.length && LABEL_ONLY.test(line.replace(PLACEHOLDER, ''))) continue;
    const filled = line.replace(PLACEHOLDER, (_whole, name: string) => {
      const value = valueOf(name);
      if (value !== '') return value;
      return KNOWN_PLACEHOLDERS.has(name) ? (MISSING_VALUE_WORDS[language][name as MailPlaceholder] ?? '') : '';
    });
    lines.push(tidyLine(withoutBraces(filled)));
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

// "{{" left by a template's own stray braces, or typed into a value, can never read as a placeholder.
function withoutBraces(text: string): string {
  return text.replace(/\{\{+/g, '{').replace(/\}\}+/g, '}');
}

/** One line with the doubling a filled value can cause removed: "Nyhavn..", "AI?.", " ,", two spaces. An ellipsis stays. */
export function tidyLine(line: string): string {
  return line
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/([?!])\./g, '$1')
    .replace(/,\s*([,.])/g, '$1')
    .replace(/(\S) +([,.;:?!])(?=\s|$)/g, '$1$2')
    .replace(/(\S) {2,}/g, '$1 ')
    .replace(/\s+$/, '');
}

const DATE_LOCALE: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** A meeting date written out in the mail's language, e.g. "tirsdag den 8. december 2026". */
export function formatMeetingDate(isoDate: string, language: Language): string {
  const instant = Date.parse(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(instant)) return isoDate;
  return new Intl.DateTimeFormat(DATE_LOCALE[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}

export interface MailValueSources {
  language: Language;
  speaker: Pick<Speaker, 'name'>;
  invitation: Pick<Invitation, 'topic'>;
  meeting?: Pick<Meeting, 'date' | 'hostOrganisation' | 'address'>;
  groupName: string;
  /** Who signs: the device's profile, with the group's own name setting as the fallback for the name. */
  profile?: FacilitatorProfile | null;
  facilitatorName?: string;
}

/** The placeholder values for one invitation; what is unknown is left empty for fillTemplate to word. */
export function mailValuesFor(sources: MailValueSources): MailValues {
  const { meeting } = sources;
  const placeParts = meeting === undefined ? [] : [meeting.hostOrganisation, meeting.address];
  const place = placeParts.filter((part) => part !== '').join(', ');
  const profile = sources.profile ?? emptyFacilitatorProfile();
  return {
    speakerName: sources.speaker.name,
    firstName: firstNameOf(sources.speaker.name),
    meetingDate: meeting === undefined ? '' : formatMeetingDate(meeting.date, sources.language),
    place,
    topic: sources.invitation.topic,
    groupName: sources.groupName,
    facilitatorName: facilitatorNameOf(profile, sources.facilitatorName),
    signature: signatureOf(profile, sources.facilitatorName),
  };
}

/**
 * The template that fits where the invitation stands: a reminder to a speaker who has not answered (still an idea or
 * asked) asks again, since there is no talk to remind of yet.
 */
export function templateKindFor(kind: MailKind, state: InvitationState): MailTemplateKind {
  if (kind === 'remind' && (state === 'idea' || state === 'asked')) return 'remindUnanswered';
  return kind;
}

export interface MailDraft {
  to: MailAddress[];
  subject: string;
  body: string;
}

export interface MailAddress {
  name?: string;
  email: string;
}

/** One filled-in draft, ready to send: no placeholder left, the subject on one line whatever the values contain. */
export function composeMailDraft(
  templates: MailTemplateSet,
  kind: MailTemplateKind,
  values: MailValues,
  to: MailAddress[],
  language: Language,
): MailDraft {
  const template = templates[kind];
  return {
    to,
    subject: oneLine(fillTemplate(template.subject, values, language)),
    body: fillTemplate(template.body, values, language),
  };
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------------
// mailto: (RFC 6068)

/** A mailto: URL the user's mail client opens as a new message; line breaks travel as %0D%0A. */
export function buildMailtoUrl(draft: MailDraft): string {
  // '@' may stay literal in an addr-spec; everything else outside the unreserved set is percent-encoded.
  const recipients = draft.to
    .map((address) => encodeURIComponent(oneLine(address.email)).replace(/%40/g, '@'))
    .join(',');
  const fields = [
    ['subject', draft.subject],
    ['body', toCrlf(draft.body)],
  ]
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`);
  return `mailto:${recipients}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}

function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

// ---------------------------------------------------------------------------------------------------------------
// .eml (RFC 5322 with MIME), opened by Outlook as an unsent draft thanks to X-Unsent

export interface EmlInput extends MailDraft {
  from?: MailAddress;
  /** ISO date-time with offset; the Date header keeps that offset. */
  date: string;
}

/** The .eml file text, CRLF throughout, body in quoted-printable UTF-8. Throws RangeError on a malformed date. */
export function buildEml(input: EmlInput): string {
  const headers = [
    ...messageHeaders(input),
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${encodeQuotedPrintable(input.body)}\r\n`;
}

/** From, To, Subject, Date and MIME-Version of a draft; a To line too long for one line is folded per address. */
export function messageHeaders(input: EmlInput): string[] {
  const to = `To: ${input.to.map(formatAddress).join(', ')}`;
  return [
    ...(input.from === undefined ? [] : [`From: ${formatAddress(input.from)}`]),
    to.length <= 78 ? to : `To: ${input.to.map(formatAddress).join(',\r\n ')}`,
    `Subject: ${encodeHeaderText(oneLine(input.subject))}`,
    `Date: ${rfc5322Date(input.date)}`,
    'MIME-Version: 1.0',
  ];
}

function formatAddress(address: MailAddress): string {
  const email = address.email.replace(/[\s<>,;"]/g, '');
  const name = oneLine(address.name ?? '');
  if (name === '') return `<${email}>`;
  const shownName = isPlainAscii(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : encodeHeaderText(name);
  return `${shownName} <${email}>`;
}

// Printable ASCII only: anything else, or text that could be misread as an encoded word, is encoded.
function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7E]*$/.test(text) && !text.includes('=?');
}

// 39 bytes become 52 base64 characters: with "=?UTF-8?B?", "?=" and the header name, every line stays under 78.
const ENCODED_WORD_BYTES = 39;
const PLAIN_HEADER_MAX = 66;

/** RFC 2047 encoded words, split on character boundaries and folded onto continuation lines. */
export function encodeHeaderText(text: string): string {
  if (isPlainAscii(text) && text.length <= PLAIN_HEADER_MAX) return text;
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk = '';
  for (const character of text) {
    if (encoder.encode(chunk + character).length > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '' || words.length === 0) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${toBase64(encoder.encode(word))}?=`).join('\r\n ');
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: an attached document is hundreds of kilobytes, too many arguments for one call.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "2026-11-25T14:07:58+01:00" → "Wed, 25 Nov 2026 14:07:58 +0100": the wall time and offset as written. */
export function rfc5322Date(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(isoDate);
  if (match === null || !isoDateTime.safeParse(isoDate).success) {
    throw new RangeError(`Not an ISO date-time: ${isoDate}`);
  }
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '', zone = ''] = match;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
  const offset = zone.toUpperCase() === 'Z' ? '+0000' : zone.replace(':', '');
  return `${weekday}, ${Number(day)} ${MONTHS[Number(month) - 1]} ${year} ${hour}:${minute}:${second} ${offset}`;
}

const QP_LINE_MAX = 76;

/** Quoted-printable (RFC 2045) of UTF-8 text: lines end in CRLF, no encoded line longer than 76 characters. */
export function encodeQuotedPrintable(text: string): string {
  const encoder = new TextEncoder();
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => encodeQuotedPrintableLine(encoder.encode(line)))
    .join('\r\n');
}

function encodeQuotedPrintableLine(bytes: Uint8Array): string {
  const output: string[] = [];
  let current = '';
  bytes.forEach((byte, index) => {
    const isLast = index === bytes.length - 1;
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !isLast);
    const token = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    // The soft break "=" needs one column, except on the line's very last token.
    const room = isLast ? QP_LINE_MAX : QP_LINE_MAX - 1;
    if (current.length + token.length > room) {
      output.push(`${current}=`);
      current = '';
    }
    current += token;
  });
  output.push(current);
  return output.join('\r\n');
}
