// A mail draft with files attached (the Word invitation, the meeting's .ics, the minutes) as one .eml file:
// multipart/mixed (RFC 2046), the text in quoted-printable UTF-8, each file in base64, names with Danish letters
// written both as RFC 2231 parameters and, for older Outlook, as RFC 2047 words. Nothing is sent.
import { encodeQuotedPrintable, messageHeaders, toBase64, type EmlInput } from './mail-drafts';

export interface MailAttachment {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface EmlWithAttachmentsInput extends EmlInput {
  attachments: readonly MailAttachment[];
}

// "=_" never occurs in quoted-printable (a "=" there is followed by hex digits or a line break) nor in base64, so
// this boundary cannot appear inside any part, whatever the text and files hold.
const BOUNDARY = '=_netvaerk_mixed_part';
const BASE64_LINE = 76;

/** The .eml text, CRLF throughout; opened by Outlook and others as an unsent draft with its attachments. */
export function buildEmlWithAttachments(input: EmlWithAttachmentsInput): string {
  const headers = [
    ...messageHeaders(input),
    `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`,
    'X-Unsent: 1',
  ];
  const text = [
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    encodeQuotedPrintable(input.body),
  ].join('\r\n');
  const parts = [text, ...input.attachments.map(attachmentPart)];
  return [
    headers.join('\r\n'),
    '',
    'This is a multi-part message in MIME format.',
    ...parts.map((part) => `--${BOUNDARY}\r\n${part}`),
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
}

function attachmentPart(attachment: MailAttachment): string {
  const mimeType = /^[a-z]+\/[a-z0-9.+-]+$/i.test(attachment.mimeType) ? attachment.mimeType : 'application/octet-stream';
  return [
    `Content-Type: ${mimeType}; name="${encodedWordName(attachment.fileName)}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment;${rfc2231FileName(attachment.fileName)}`,
    '',
    wrap(toBase64(attachment.bytes), BASE64_LINE),
  ].join('\r\n');
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  for (let start = 0; start < text.length; start += width) lines.push(text.slice(start, start + width));
  return lines.join('\r\n');
}

// The characters RFC 2231 lets stand for themselves in an extended value (attr-char, without "*", "'" and "%").
const ATTRIBUTE_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;
const RFC2231_SEGMENT = 48;

/**
 * `filename*=UTF-8''…` with every other byte percent-encoded, split into numbered segments (`filename*0*=`,
 * `filename*1*=`) on whole escapes so no header line grows long. Leads with a line fold.
 */
export function rfc2231FileName(fileName: string): string {
  const tokens: string[] = [];
  for (const byte of new TextEncoder().encode(fileName)) {
    const character = String.fromCharCode(byte);
    tokens.push(byte < 0x80 && ATTRIBUTE_CHAR.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  const segments: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current.length + token.length > RFC2231_SEGMENT) {
      segments.push(current);
      current = '';
    }
    current += token;
  }
  segments.push(current);
  if (segments.length === 1) return `\r\n filename*=UTF-8''${segments[0] ?? ''}`;
  return segments.map((segment, index) => `\r\n filename*${index}*=${index === 0 ? "UTF-8''" : ''}${segment}`).join(';');
}

// The Content-Type name for mail programs that read only that: one RFC 2047 word (whole, as they expect), or the
// name itself when it is plain ASCII without quotes or backslashes.
function encodedWordName(fileName: string): string {
  if (/^[\x20-\x7E]*$/.test(fileName) && !/["\\]|=\?/.test(fileName)) return fileName;
  return `=?UTF-8?B?${toBase64(new TextEncoder().encode(fileName))}?=`;
}
