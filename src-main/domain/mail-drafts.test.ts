import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEml,
  buildMailtoUrl,
  composeMailDraft,
  encodeHeaderText,
  fillTemplate,
  templateKindFor,
  tidyLine,
  encodeQuotedPrintable,
  formatMeetingDate,
  mailValuesFor,
  renderTemplate,
  rfc5322Date,
  type MailDraft,
} from './mail-drafts';
import { emptyFacilitatorProfile } from './facilitator-profile';
import { defaultMailTemplates, INVITATION_STATES, MAIL_KINDS, MAIL_PLACEHOLDERS } from './speaker-model';

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
  it('builds a Danish ask greeting by first name, with the date written out and the place from host and address', () => {
    const values = mailValuesFor({
      language: 'da',
      speaker: { name: 'Åse Marie Lund' },
      invitation: { topic: 'AI i sundhed' },
      meeting: { date: '2026-12-08', hostOrganisation: 'Region Syddanmark', address: 'Damhaven 12, Vejle' },
      groupName: 'CIO Vest',
      profile: { ...emptyFacilitatorProfile(), name: 'Karen Friis', title: 'Facilitator', organisation: 'IT-foreningen', phone: '+45 12 34 56 78' },
    });
    expect(values.meetingDate).toBe('tirsdag den 8. december 2026');
    expect(values.place).toBe('Region Syddanmark, Damhaven 12, Vejle');
    const draft = composeMailDraft(defaultMailTemplates('da'), 'ask', values, [{ name: 'Åse Lund', email: 'ase@rsyd.dk' }], 'da');
    expect(draft.subject).toBe('Vil du holde oplæg i CIO Vest?');
    expect(draft.body.split('\n')[0]).toBe('Kære Åse');
    expect(draft.body).toContain('fortælle om AI i sundhed');
    expect(draft.body.endsWith('Venlig hilsen\nKaren Friis\nFacilitator, IT-foreningen\n+45 12 34 56 78')).toBe(true);
  });

  it('signs with the group\'s name setting when the profile has no name, and ends at the greeting with neither', () => {
    const base = { language: 'en' as const, speaker: { name: 'Bo' }, invitation: { topic: 'AI' }, groupName: 'G' };
    const signed = composeMailDraft(defaultMailTemplates('en'), 'thank', mailValuesFor({ ...base, facilitatorName: 'Karen' }), [], 'en');
    expect(signed.body.endsWith('With warm regards and thanks\nKaren')).toBe(true);
    const unsigned = composeMailDraft(defaultMailTemplates('en'), 'thank', mailValuesFor({ ...base, profile: null }), [], 'en');
    expect(unsigned.body.endsWith('With warm regards and thanks')).toBe(true);
  });

  it('words the gaps when the talk has no meeting yet, and leaves out the lines that only held them', () => {
    const values = mailValuesFor({ language: 'en', speaker: { name: 'Bo' }, invitation: { topic: '' }, groupName: 'G' });
    const draft = composeMailDraft(defaultMailTemplates('en'), 'confirm', values, [], 'en');
    expect(draft.subject).toBe('Confirmation: your talk at G on a date still to be agreed');
    expect(draft.body).not.toContain('Place:');
    expect(draft.body).toContain('about your field');
  });

  it('keeps the subject on one line whatever the values contain', () => {
    const templates = { ...defaultMailTemplates('en'), thank: { subject: '{{topic}}', body: '' } };
    expect(composeMailDraft(templates, 'thank', { topic: 'a\r\nBcc: x@y.z' }, [], 'en').subject).toBe('a Bcc: x@y.z');
  });

  it('writes dates in English too', () => {
    expect(formatMeetingDate('2027-03-09', 'en')).toMatch(/^Tuesday,? 9 March 2027$/);
    expect(formatMeetingDate('not a date', 'en')).toBe('not a date');
  });
});

describe('templateKindFor', () => {
  it('asks again instead of reminding of a talk when the speaker has not answered', () => {
    expect(templateKindFor('remind', 'asked')).toBe('remindUnanswered');
    expect(templateKindFor('remind', 'idea')).toBe('remindUnanswered');
    expect(templateKindFor('remind', 'confirmed')).toBe('remind');
    expect(templateKindFor('ask', 'asked')).toBe('ask');
  });

  it('gives the unanswered speaker no talk of "dit oplæg" or slides, in either language', () => {
    const values = mailValuesFor({ language: 'da', speaker: { name: 'Åse Lund' }, invitation: { topic: 'AI' }, groupName: 'G' });
    for (const language of ['da', 'en'] as const) {
      const draft = composeMailDraft(defaultMailTemplates(language), templateKindFor('remind', 'asked'), values, [], language);
      expect(`${draft.subject}\n${draft.body}`).not.toMatch(/dit oplæg|your talk|slides/i);
    }
  });
});

describe('fillTemplate', () => {
  it('fills known placeholders, spaces inside the braces allowed', () => {
    expect(fillTemplate('Kære {{firstName}}, om {{ topic }}', { firstName: 'Åse', topic: 'AI' }, 'da')).toBe('Kære Åse, om AI');
  });

  it('drops unknown placeholders and a value\'s own braces', () => {
    expect(fillTemplate('Hej {{unknown}} {{topic}}', { topic: '{{groupName}}' }, 'en')).toBe('Hej {groupName}');
  });

  it('does not double the punctuation where a value ends with it ("Nyhavn..")', () => {
    expect(fillTemplate('Stedet er {{place}}.', { place: 'Nyhavn.' }, 'da')).toBe('Stedet er Nyhavn.');
    expect(fillTemplate('Om {{topic}}.', { topic: 'Hvad nu?' }, 'da')).toBe('Om Hvad nu?');
    expect(fillTemplate('Vent{{unknown}}...', {}, 'da')).toBe('Vent...');
  });

  it('never leaves a placeholder, whatever the template and values (property)', () => {
    const placeholder = fc.constantFrom(...MAIL_PLACEHOLDERS, 'unknown', ' topic ');
    const piece = fc.oneof(fc.string({ maxLength: 8 }), placeholder.map((name) => `{{${name}}}`), fc.constantFrom('{', '}', '{{', '}}', '\n', ':', '.'));
    const values = fc.dictionary(fc.constantFrom(...MAIL_PLACEHOLDERS), fc.oneof(fc.constant(''), fc.string({ maxLength: 10 }), fc.constant('{{place}}')));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), values, fc.constantFrom('da' as const, 'en' as const), (pieces, given, language) => {
        expect(fillTemplate(pieces.join(''), given, language)).not.toMatch(/\{\{|\}\}/);
      }),
    );
  });

  it('leaves no placeholder in any default draft, for any invitation state, kind and missing value', () => {
    const speakers = [{ name: 'Åse Lund' }, { name: 'Bo' }];
    const meetings = [undefined, { date: '2027-03-09', hostOrganisation: 'Nyhavn.', address: '' }];
    for (const language of ['da', 'en'] as const) {
      for (const state of INVITATION_STATES) {
        for (const kind of MAIL_KINDS) {
          for (const speaker of speakers) {
            for (const meeting of meetings) {
              for (const profile of [null, { ...emptyFacilitatorProfile(), name: 'Karen' }]) {
                const values = mailValuesFor({ language, speaker, invitation: { topic: '' }, groupName: 'G', profile, ...(meeting ? { meeting } : {}) });
                const draft = composeMailDraft(defaultMailTemplates(language), templateKindFor(kind, state), values, [], language);
                expect(`${draft.subject}\n${draft.body}`).not.toMatch(/\{\{|\}\}|\.\.(?!\.)/);
              }
            }
          }
        }
      }
    }
  });
});

describe('tidyLine', () => {
  it('removes doubled stops, a space before punctuation and runs of spaces, and keeps an ellipsis', () => {
    expect(tidyLine('Nyhavn.. Og  så ,videre')).toBe('Nyhavn. Og så ,videre');
    expect(tidyLine('a , b')).toBe('a, b');
    expect(tidyLine('Hmm... ja')).toBe('Hmm... ja');
    expect(tidyLine('a,, b,.')).toBe('a, b.');
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
