import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEml,
  buildMailtoUrl,
  composeMailDraft,
  encodeHeaderText,
  encodeQuotedPrintable,
  formatMeetingDate,
  mailValuesFor,
  renderTemplate,
  rfc5322Date,
  type MailDraft,
} from './mail-drafts';
import { defaultMailTemplates } from './speaker-model';

// Independent decoders, written from the RFCs, so the encoders are checked against the standard rather than themselves.
function decodeQuotedPrintable(encoded: string): string {
  const bytes: number[] = [];
  const joined = encoded.replace(/=\r\n/g, '');
  for (let index = 0; index < joined.length; index += 1) {
    if (joined[index] === '=') {
      bytes.push(parseInt(joined.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(joined.charCodeAt(index));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function decodeEncodedWords(header: string): string {
  return header
    .split('\r\n ')
    .map((word) => {
      const match = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/.exec(word);
      if (match === null) return word;
      return new TextDecoder().decode(Uint8Array.from(atob(match[1] ?? ''), (character) => character.charCodeAt(0)));
    })
    .join('');
}

describe('renderTemplate', () => {
  it('fills known placeholders, spaces inside the braces allowed', () => {
    expect(renderTemplate('Kære {{speakerName}}, om {{ topic }}', { speakerName: 'Åse', topic: 'AI' })).toBe('Kære Åse, om AI');
  });

  it('leaves unknown placeholders and placeholders without a value visible', () => {
    expect(renderTemplate('{{speakerName}} {{unknown}} {{place}}', { speakerName: 'Bo', place: '' })).toBe('Bo {{unknown}} {{place}}');
  });

  it('never expands a placeholder that arrives inside a value', () => {
    expect(renderTemplate('{{topic}} / {{groupName}}', { topic: '{{groupName}}', groupName: 'CIO Øst' })).toBe(
      '{{groupName}} / CIO Øst',
    );
  });

  it('is safe with values that look like replacement patterns', () => {
    expect(renderTemplate('{{topic}}', { topic: "$& $1 $$ $'" })).toBe("$& $1 $$ $'");
  });
});

describe('mailValuesFor and composeMailDraft', () => {
  it('builds a Danish ask with the date written out and the place from host and address', () => {
    const values = mailValuesFor({
      language: 'da',
      speaker: { name: 'Åse Lund' },
      invitation: { topic: 'AI i sundhed' },
      meeting: { date: '2026-12-08', hostOrganisation: 'Region Syddanmark', address: 'Damhaven 12, Vejle' },
      groupName: 'CIO Vest',
      facilitatorName: 'Karen Friis',
    });
    expect(values.meetingDate).toBe('tirsdag den 8. december 2026');
    expect(values.place).toBe('Region Syddanmark, Damhaven 12, Vejle');
    const draft = composeMailDraft(defaultMailTemplates('da'), 'ask', values, [{ name: 'Åse Lund', email: 'ase@rsyd.dk' }]);
    expect(draft.subject).toBe('Vil du holde oplæg i CIO Vest?');
    expect(draft.body).toContain('Kære Åse Lund');
    expect(draft.body).toContain('fortælle om AI i sundhed');
    expect(draft.body).toContain('Karen Friis');
    expect(draft.body).not.toMatch(/\{\{/);
  });

  it('leaves date and place visible when the talk has no meeting yet', () => {
    const values = mailValuesFor({ language: 'en', speaker: { name: 'Bo' }, invitation: { topic: '' }, groupName: 'G' });
    const draft = composeMailDraft(defaultMailTemplates('en'), 'confirm', values, []);
    expect(draft.subject).toBe('Confirmation: your talk at G on {{meetingDate}}');
    expect(draft.body).toContain('Place: {{place}}');
    expect(draft.body).toContain('about {{topic}}');
  });

  it('keeps the subject on one line whatever the values contain', () => {
    const templates = { ...defaultMailTemplates('en'), thank: { subject: '{{topic}}', body: '' } };
    expect(composeMailDraft(templates, 'thank', { topic: 'a\r\nBcc: x@y.z' }, []).subject).toBe('a Bcc: x@y.z');
  });

  it('writes dates in English too', () => {
    expect(formatMeetingDate('2027-03-09', 'en')).toMatch(/^Tuesday,? 9 March 2027$/);
    expect(formatMeetingDate('not a date', 'en')).toBe('not a date');
  });
});

describe('buildMailtoUrl', () => {
  const draft: MailDraft = {
    to: [{ email: 'åse@rsyd.dk' }, { email: 'bo+talks@x.dk' }],
    subject: 'Oplæg & drøftelse?',
    body: 'Linje 1\nLinje 2 = 100%',
  };

  it('percent-encodes subject and body, with CRLF line breaks and %20 for spaces', () => {
    expect(buildMailtoUrl(draft)).toBe(
      'mailto:%C3%A5se@rsyd.dk,bo%2Btalks@x.dk?subject=Opl%C3%A6g%20%26%20dr%C3%B8ftelse%3F&body=Linje%201%0D%0ALinje%202%20%3D%20100%25',
    );
  });

  it('decodes back to exactly the draft', () => {
    const url = new URL(buildMailtoUrl(draft));
    expect(url.protocol).toBe('mailto:');
    const query = Object.fromEntries(url.search.slice(1).split('&').map((pair) => pair.split('=').map(decodeURIComponent)));
    expect(query).toEqual({ subject: draft.subject, body: 'Linje 1\r\nLinje 2 = 100%' });
  });

  it('works without recipients and leaves out empty fields', () => {
    expect(buildMailtoUrl({ to: [], subject: 'Hej', body: '' })).toBe('mailto:?subject=Hej');
    expect(buildMailtoUrl({ to: [{ email: 'a@b.dk' }], subject: '', body: '' })).toBe('mailto:a@b.dk');
  });
});

describe('rfc5322Date', () => {
  it('keeps the wall time and offset as written', () => {
    expect(rfc5322Date('2026-11-25T14:07:58+01:00')).toBe('Wed, 25 Nov 2026 14:07:58 +0100');
    expect(rfc5322Date('2027-06-01T08:00:00Z')).toBe('Tue, 1 Jun 2027 08:00:00 +0000');
    expect(rfc5322Date('2026-03-29T02:30:00.123-05:30')).toBe('Sun, 29 Mar 2026 02:30:00 -0530');
  });

  it('refuses something that is not an ISO date-time', () => {
    expect(() => rfc5322Date('2026-11-25')).toThrow(RangeError);
    expect(() => rfc5322Date('2026-02-30T10:00:00Z')).toThrow(RangeError);
  });
});

describe('encodeHeaderText', () => {
  it('leaves short plain ASCII alone and encodes Danish letters as UTF-8 base64 words', () => {
    expect(encodeHeaderText('Thank you')).toBe('Thank you');
    expect(encodeHeaderText('Tak for oplæg')).toBe('=?UTF-8?B?VGFrIGZvciBvcGzDpmc=?=');
  });

  it('encodes text that could be mistaken for an encoded word', () => {
    expect(encodeHeaderText('=?UTF-8?B?x?=')).toMatch(/^=\?UTF-8\?B\?/);
  });

  it('splits long text into folded words of whole characters, each line short enough (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const encoded = encodeHeaderText(text);
        expect(decodeEncodedWords(encoded)).toBe(text);
        for (const line of `Subject: ${encoded}`.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
      }),
    );
  });
});

describe('encodeQuotedPrintable', () => {
  it('encodes Danish letters, "=" and trailing spaces, and keeps hard line breaks as CRLF', () => {
    expect(encodeQuotedPrintable('Kære Åse = ven \nNæste')).toBe('K=C3=A6re =C3=85se =3D ven=20\r\nN=C3=A6ste');
  });

  it('round-trips any text with no line over 76 characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const encoded = encodeQuotedPrintable(text);
        expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\r\n|\r|\n/g, '\r\n'));
        for (const line of encoded.split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(76);
          expect(line).not.toMatch(/[ \t]$/);
        }
        expect(encoded).not.toMatch(/[^\r]\n|\r[^\n]/);
      }),
    );
  });
});

describe('buildEml', () => {
  const eml = buildEml({
    to: [{ name: 'Åse Lund', email: 'ase@rsyd.dk' }, { name: 'Bo "B" Ravn', email: 'bo@x.dk' }],
    from: { email: 'karen@netvaerk.dk' },
    subject: 'Tak for dit oplæg i CIO Vest',
    body: 'Kære Åse\n\nTusind tak.',
    date: '2026-12-09T09:15:00+01:00',
  });
  const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
  const body = eml.slice(head.length + 4);

  it('writes the headers Outlook needs to open an unsent draft', () => {
    expect(head.split('\r\n')).toEqual([
      'From: <karen@netvaerk.dk>',
      'To: =?UTF-8?B?w4VzZSBMdW5k?= <ase@rsyd.dk>, "Bo \\"B\\" Ravn" <bo@x.dk>',
      'Subject: =?UTF-8?B?VGFrIGZvciBkaXQgb3Bsw6ZnIGkgQ0lPIFZlc3Q=?=',
      'Date: Wed, 9 Dec 2026 09:15:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: quoted-printable',
      'X-Unsent: 1',
    ]);
    expect(decodeEncodedWords('=?UTF-8?B?VGFrIGZvciBkaXQgb3Bsw6ZnIGkgQ0lPIFZlc3Q=?=')).toBe('Tak for dit oplæg i CIO Vest');
  });

  it('uses CRLF everywhere and a quoted-printable body', () => {
    expect(eml).not.toMatch(/[^\r]\n/);
    expect(decodeQuotedPrintable(body.replace(/\r\n$/, ''))).toBe('Kære Åse\r\n\r\nTusind tak.');
  });

  it('cannot be given extra headers through the subject or an address', () => {
    const hostile = buildEml({
      to: [{ name: 'x\r\nBcc: spy@evil.test', email: 'a@b.dk>\r\nBcc: spy@evil.test' }],
      subject: 'Hej\r\nBcc: spy@evil.test',
      body: '',
      date: '2026-12-09T09:15:00Z',
    });
    const headerLines = (hostile.split('\r\n\r\n')[0] ?? '').split('\r\n');
    expect(headerLines.some((line) => line.startsWith('Bcc:'))).toBe(false);
  });
});
