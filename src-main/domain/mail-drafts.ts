// E-mail drafts to speakers: fill a template, then hand it over as a mailto: link or an .eml file. Nothing is sent.
import type { Language, Meeting, Speaker } from './model';
import { isoDateTime } from './text';
import {
  MAIL_PLACEHOLDERS,
  type Invitation,
  type MailKind,
  type MailPlaceholder,
  type MailTemplateSet,
} from './speaker-model';

export type MailValues = Partial<Record<MailPlaceholder, string>>;

const KNOWN_PLACEHOLDERS: ReadonlySet<string> = new Set(MAIL_PLACEHOLDERS);

/**
 * Replaces {{placeholder}} in one pass. Unknown placeholders and placeholders without a value stay visible,
 * so the user sees what is left to write; a value that itself contains "{{…}}" is never expanded again.
 */
export function renderTemplate(template: string, values: MailValues): string {
  return template.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) => {
    if (!KNOWN_PLACEHOLDERS.has(name)) return whole;
    const value = values[name as MailPlaceholder];
    return value === undefined || value === '' ? whole : value;
  });
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
  facilitatorName?: string;
}

/** The placeholder values for one invitation; what is unknown is left out, so the template shows the gap. */
export function mailValuesFor(sources: MailValueSources): MailValues {
  const { meeting } = sources;
  const placeParts = meeting === undefined ? [] : [meeting.hostOrganisation, meeting.address];
  const place = placeParts.filter((part) => part !== '').join(', ');
  return {
    speakerName: sources.speaker.name,
    meetingDate: meeting === undefined ? '' : formatMeetingDate(meeting.date, sources.language),
    place,
    topic: sources.invitation.topic,
    groupName: sources.groupName,
    facilitatorName: sources.facilitatorName ?? '',
  };
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

/** One filled-in draft; the subject is kept to one line whatever the values contain. */
export function composeMailDraft(
  templates: MailTemplateSet,
  kind: MailKind,
  values: MailValues,
  to: MailAddress[],
): MailDraft {
  const template = templates[kind];
  return {
    to,
    subject: oneLine(renderTemplate(template.subject, values)),
    body: renderTemplate(template.body, values),
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
    ...(input.from === undefined ? [] : [`From: ${formatAddress(input.from)}`]),
    `To: ${input.to.map(formatAddress).join(', ')}`,
    `Subject: ${encodeHeaderText(oneLine(input.subject))}`,
    `Date: ${rfc5322Date(input.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${encodeQuotedPrintable(input.body)}\r\n`;
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

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
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
