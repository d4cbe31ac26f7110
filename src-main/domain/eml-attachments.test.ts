// Checked with mailparser, an independent MIME parser (the one Nodemailer's authors keep), so the message is read the
// way a mail program reads it rather than by our own code.
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildEmlWithAttachments, rfc2231FileName } from './eml-attachments';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const docxBytes = Uint8Array.from({ length: 5000 }, (_, index) => (index * 37) % 256);
const icsBytes = new TextEncoder().encode('BEGIN:VCALENDAR\r\nSUMMARY:Møde i CIO Øst\r\nEND:VCALENDAR\r\n');

const members = Array.from({ length: 14 }, (_, index) => ({ name: `Medlem Ærø ${index + 1}`, email: `m${index + 1}@kommune.dk` }));

const eml = buildEmlWithAttachments({
  from: { name: 'Karen Friis', email: 'kf@it.dk' },
  to: members,
  subject: 'Invitation: møde i CIO Øst tirsdag den 9. marts 2027',
  body: 'Kære alle\n\nHer er dagsordenen for vores møde på Nyhavn 12.\n\nVenlig hilsen\nKaren',
  date: '2027-02-20T10:00:00+01:00',
  attachments: [
    { fileName: 'cio-øst-dagsorden-2027-03-09-med-et-meget-langt-navn-så-det-deles.docx', mimeType: DOCX, bytes: docxBytes },
    { fileName: 'cio-øst-2027-03-09.ics', mimeType: 'text/calendar', bytes: icsBytes },
  ],
});

describe('buildEmlWithAttachments', () => {
  it('is read by an independent parser as the draft with every recipient, the text and both files intact', async () => {
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe('Invitation: møde i CIO Øst tirsdag den 9. marts 2027');
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
    expect(to.flatMap((address) => address?.value ?? []).map(({ name, address }) => ({ name, email: address }))).toEqual(members);
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Karen Friis', address: 'kf@it.dk' });
    expect(parsed.text?.trim()).toBe('Kære alle\n\nHer er dagsordenen for vores møde på Nyhavn 12.\n\nVenlig hilsen\nKaren');
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.attachments.map(({ filename, contentType, contentDisposition }) => ({ filename, contentType, contentDisposition }))).toEqual([
      { filename: 'cio-øst-dagsorden-2027-03-09-med-et-meget-langt-navn-så-det-deles.docx', contentType: DOCX, contentDisposition: 'attachment' },
      { filename: 'cio-øst-2027-03-09.ics', contentType: 'text/calendar', contentDisposition: 'attachment' },
    ]);
    expect(new Uint8Array(parsed.attachments[0]?.content ?? [])).toEqual(docxBytes);
    expect(new TextDecoder().decode(parsed.attachments[1]?.content)).toContain('SUMMARY:Møde i CIO Øst');
  });

  it('uses CRLF only and keeps every line within 78 characters except a long attachment name word', () => {
    expect(eml).not.toMatch(/[^\r]\n|\r[^\n]/);
    const long = eml.split('\r\n').filter((line) => line.length > 78);
    expect(long.every((line) => line.startsWith('Content-Type: ') && line.includes('name="=?UTF-8?B?'))).toBe(true);
  });

  it('still parses with no attachment at all', async () => {
    const parsed = await simpleParser(
      buildEmlWithAttachments({ to: [{ email: 'a@b.dk' }], subject: 'Hej', body: 'Tekst', date: '2027-01-01T09:00:00Z', attachments: [] }),
    );
    expect(parsed.text?.trim()).toBe('Tekst');
    expect(parsed.attachments).toEqual([]);
  });
});

describe('rfc2231FileName', () => {
  it('percent-encodes UTF-8 bytes and keeps attribute characters', () => {
    expect(rfc2231FileName('Ø møde.docx')).toBe("\r\n filename*=UTF-8''%C3%98%20m%C3%B8de.docx");
  });

  it('splits a long name into numbered segments on whole escapes', () => {
    const header = rfc2231FileName('æ'.repeat(20));
    expect(header.split(';')).toHaveLength(3);
    for (const segment of header.split(';')) expect(segment).toMatch(/^\r\n filename\*\d\*=(UTF-8'')?(%[0-9A-F]{2})+$/);
  });
});
