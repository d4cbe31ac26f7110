import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMBER_CSV_FIELDS, nameKey, type MemberImportPreview, type MemberImportRow } from '../../domain/member-import';
import { memberSchema, sectorSchema, type Member } from '../../domain/model';
import { nameText } from '../../domain/text';
import { decodeCsvBytes } from './decode-bytes';
import { DANISH_CSV_HEADERS } from './headers';
import { previewMemberImport } from './preview';
import { parseDanishOrIsoDate } from './read-row';
import { exportMembersCsv, membersToCsv } from './write';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = MEMBER_CSV_FIELDS.map((field) => DANISH_CSV_HEADERS[field]).join(';');

function row(preview: MemberImportPreview, rowNumber: number): MemberImportRow | undefined {
  return preview.rows.find((candidate) => candidate.rowNumber === rowNumber);
}

function problemCodes(preview: MemberImportPreview, rowNumber: number): string[] {
  const found = row(preview, rowNumber);
  return found?.status === 'rejected' ? found.problems.map((problem) => problem.code) : [];
}

describe('decodeCsvBytes', () => {
  it('recognises UTF-8 with and without BOM, Windows-1252 and UTF-16', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa6]))).toEqual({ text: 'æ', encoding: 'utf-8-bom' });
    expect(decodeCsvBytes(new Uint8Array([0xc3, 0xb8]))).toEqual({ text: 'ø', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5, 0x80, 0x93, 0x94, 0x96, 0x81]))).toEqual({
      text: 'æøåÆØÅ€“”–\u0081',
      encoding: 'windows-1252',
    });
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0xe5, 0x00]))).toEqual({ text: 'å', encoding: 'utf-16le' });
    expect(decodeCsvBytes(new Uint8Array([0xfe, 0xff, 0x00, 0xe5]))).toEqual({ text: 'å', encoding: 'utf-16be' });
  });
});

describe('previewMemberImport: a Danish Excel file', () => {
  const preview = previewMemberImport(fixture('danish-excel-utf8-bom.csv'));

  it('reads UTF-8 with BOM, semicolons and Danish headers', () => {
    expect(preview.encoding).toBe('utf-8-bom');
    expect(preview.delimiter).toBe(';');
    expect(preview.fileProblem).toBeNull();
    expect(preview.columns.map((column) => column.field)).toEqual([...MEMBER_CSV_FIELDS]);
    expect(preview.missingFields).toEqual([]);
  });

  it('accepts good rows with their job, sector, dates and phone', () => {
    expect(row(preview, 2)).toEqual({
      rowNumber: 2,
      status: 'accepted',
      member: {
        name: 'Mette Holm',
        email: 'mette@aarhus.dk',
        phone: '+45 12 34 56 78',
        joined: '2019-03-01',
        employments: [{ organisation: 'Aarhus Kommune', title: 'CIO', sector: 'municipality' }],
        notes: 'Vært i marts',
      },
    });
    expect(row(preview, 3)).toMatchObject({ status: 'accepted', member: { name: 'Søren Ærø', joined: '2021-08-15' } });
  });

  it('keeps quotes, semicolons and line breaks inside a quoted field', () => {
    expect(row(preview, 6)).toMatchObject({
      status: 'accepted',
      member: {
        name: 'Jens Øby',
        joined: '2020-01-31',
        left: '2024-12-31',
        employments: [{ sector: 'supplier' }],
        notes: 'Siger "ja" til oplæg;\nmen kun om drift',
      },
    });
  });

  it('rejects the two bad rows with their row numbers and reasons, and skips the empty one', () => {
    expect(problemCodes(preview, 4)).toEqual(['missingName']);
    expect(problemCodes(preview, 5)).toEqual(['invalidEmail']);
    expect(row(preview, 5)).toMatchObject({ problems: [{ column: 'email', params: { value: 'ase.lund(at)bane.dk' } }] });
    expect(preview.counts).toEqual({ accepted: 3, duplicate: 0, rejected: 2 });
    expect(preview.rows).toHaveLength(5);
  });

  it('reads the same file saved as Windows-1252 into the same members', () => {
    const legacy = previewMemberImport(fixture('danish-excel-windows-1252.csv'));
    expect(legacy.encoding).toBe('windows-1252');
    expect(legacy.delimiter).toBe(';');
    expect(row(legacy, 3)).toMatchObject({ member: { name: 'Søren Ærø' } });
    expect(legacy.rows).toEqual(preview.rows);
  });
});

describe('previewMemberImport: other shapes of file', () => {
  it('reads an English file with commas, and rejects an impossible date', () => {
    const preview = previewMemberImport(fixture('english-comma-utf8.csv'));
    expect(preview.delimiter).toBe(',');
    expect(row(preview, 2)).toMatchObject({
      status: 'accepted',
      member: {
        name: 'Lise Andersen',
        employments: [{ organisation: 'Danske Bank', title: 'Head of IT', sector: 'private' }],
        notes: 'Quotes "inside", and a comma',
      },
    });
    expect(row(preview, 3)).toMatchObject({
      status: 'rejected',
      problems: [{ code: 'invalidDate', column: 'joined', params: { value: '31-02-2023' } }],
    });
  });

  it('reads tab-separated text and UTF-16 as Excel saves "Unicode text"', () => {
    const text = 'Navn\tE-mail\r\nÅse Lund\tase@bane.dk\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    [...text].forEach((character, index) => {
      utf16[2 + index * 2] = character.charCodeAt(0) & 0xff;
      utf16[3 + index * 2] = character.charCodeAt(0) >> 8;
    });
    const preview = previewMemberImport(utf16);
    expect(preview).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', counts: { accepted: 1 } });
    expect(row(preview, 2)).toMatchObject({ member: { name: 'Åse Lund', email: 'ase@bane.dk' } });
  });

  it('honours an Excel "sep=" line', () => {
    const preview = previewMemberImport(utf8('sep=,\nNavn,Noter\n"Holm; Mette",hej\n'));
    expect(preview.delimiter).toBe(',');
    expect(row(preview, 2)).toMatchObject({ member: { name: 'Holm; Mette', notes: 'hej' } });
  });

  it('detects the delimiter from the header even when data cells contain other delimiters', () => {
    const preview = previewMemberImport(utf8('Navn,Noter,E-mail\nAnna,"a;b;c;d;e",anna@x.dk\n'));
    expect(preview.delimiter).toBe(',');
    expect(preview.counts.accepted).toBe(1);
  });

  it('reports a file in an unknown delimiter as an unrecognised header instead of guessing', () => {
    const preview = previewMemberImport(utf8('Navn|E-mail\nAnna|anna@x.dk\n'));
    expect(preview.fileProblem).toBe('headerNotRecognised');
    expect(preview.rows).toEqual([]);
  });

  it('rejects rows written with another delimiter than the header as having the wrong number of columns', () => {
    const preview = previewMemberImport(utf8('Navn;E-mail;Telefon\nAnna,anna@x.dk,1234\nBo;bo@x.dk;5678\n'));
    expect(row(preview, 2)).toMatchObject({
      status: 'rejected',
      problems: [{ code: 'wrongColumnCount', params: { expected: 3, actual: 1 } }],
      cells: ['Anna,anna@x.dk,1234'],
    });
    expect(row(preview, 3)).toMatchObject({ status: 'accepted' });
  });

  it('tolerates trailing empty cells but not extra content', () => {
    const preview = previewMemberImport(utf8('Navn;E-mail\nAnna;anna@x.dk;;\nBo;bo@x.dk;extra\n'));
    expect(row(preview, 2)?.status).toBe('accepted');
    expect(problemCodes(preview, 3)).toEqual(['wrongColumnCount']);
  });

  it('fills missing columns with empty values and names them', () => {
    const preview = previewMemberImport(utf8('Navn;E-mail;Favoritfarve\nAnna;anna@x.dk;blå\n'));
    expect(preview.missingFields).toEqual(['title', 'organisation', 'sector', 'phone', 'joined', 'left', 'notes']);
    expect(preview.columns[2]).toEqual({ header: 'Favoritfarve', field: null });
    expect(row(preview, 2)).toEqual({
      rowNumber: 2,
      status: 'accepted',
      member: { name: 'Anna', email: 'anna@x.dk', phone: '', employments: [], notes: '' },
    });
  });

  it('refuses a file without a name column', () => {
    expect(previewMemberImport(utf8('E-mail;Telefon\nanna@x.dk;1234\n')).fileProblem).toBe('missingNameColumn');
  });

  it('reports an empty file and accepts a header without rows', () => {
    expect(previewMemberImport(new Uint8Array()).fileProblem).toBe('empty');
    expect(previewMemberImport(utf8('\uFEFF\r\n')).fileProblem).toBe('empty');
    expect(previewMemberImport(utf8(`${HEADER}\r\n`))).toMatchObject({ fileProblem: null, rows: [] });
  });

  it('uses only the first of two columns for the same field', () => {
    const preview = previewMemberImport(utf8('Navn;Name\nAnna;Other\n'));
    expect(preview.columns).toEqual([
      { header: 'Navn', field: 'name' },
      { header: 'Name', field: null },
    ]);
    expect(row(preview, 2)).toMatchObject({ member: { name: 'Anna' } });
  });

  it('rejects a row with broken quotes', () => {
    const preview = previewMemberImport(utf8('Navn;Noter\nAnna;"ok"\nBo;"never closed\n'));
    expect(row(preview, 2)?.status).toBe('accepted');
    expect(problemCodes(preview, 3)).toContain('malformedQuotes');
  });

  it('understands sector words in Danish and English, and refuses unknown ones', () => {
    const lines = ['Navn;Organisation;Sektor', 'A;X;Stat', 'B;X;Kommunal', 'C;X;Leverandor', 'D;X;private', 'E;X;'];
    lines.push('F;X;Forening', 'G;;privat');
    const preview = previewMemberImport(utf8(lines.join('\n')));
    const sectors = preview.rows.map((found) =>
      found.status === 'rejected' ? found.problems[0]?.code : found.member.employments[0]?.sector,
    );
    expect(sectors).toEqual(['state', 'municipality', 'supplier', 'private', 'other', 'invalidSector', 'organisationMissing']);
  });

  it('rejects a name that is too long and reports every problem of a row at once', () => {
    const preview = previewMemberImport(utf8(`Navn;E-mail;Indtrådt\n${'x'.repeat(121)};bad;32-01-2020\n`));
    expect(problemCodes(preview, 2)).toEqual(['nameTooLong', 'invalidEmail', 'invalidDate']);
  });
});

describe('previewMemberImport: duplicates', () => {
  it('flags an e-mail already in the roster or earlier in the file, ignoring case, and accepts it only once', () => {
    const file = 'Navn;E-mail\nAnna;anna@x.dk\nAnna Again;ANNA@X.DK\nBo;bo@x.dk\nNo Mail;\nAlso No Mail;\n';
    const preview = previewMemberImport(utf8(file), { members: [{ id: 'm-bo', name: 'Bo Berg', email: 'Bo@X.dk' }], today: '2026-12-02' });
    expect(preview.rows.map((found) => [found.rowNumber, found.status])).toEqual([
      [2, 'accepted'],
      [3, 'duplicate'],
      [4, 'duplicate'],
      [5, 'accepted'],
      [6, 'accepted'],
    ]);
    expect(row(preview, 3)).toMatchObject({ duplicateOf: { kind: 'row', rowNumber: 2, by: 'email' } });
    expect(row(preview, 4)).toMatchObject({ duplicateOf: { kind: 'member', memberId: 'm-bo', by: 'email' } });
    expect(preview.counts).toEqual({ accepted: 3, duplicate: 2, rejected: 0 });
  });

  it('checks a row without an e-mail by name against current members and earlier rows, Danish-aware and ignoring case', () => {
    const roster = {
      members: [
        { id: 'm-soren', name: 'Søren Ærø', email: 'soren@rsyd.dk' },
        { id: 'm-left', name: 'Åse Lund', email: '', left: '2025-01-01' },
      ],
      today: '2026-12-02',
    };
    const file = [
      'Navn;E-mail',
      'SØREN  ÆRØ;', // the member, in capitals with a double space
      'Soren Aero;', // not the same name: ø and æ are letters of their own
      'Åse Lund;', // a former member may rejoin
      'åse\tlund;', // ... but only once per file (a tab in a name is a space)
      'Mette Holm;mette@aarhus.dk',
      'Mette Holm;', // same name as a row with an e-mail
      'Mette Holm;mette.holm@kk.dk', // a different e-mail is a different person
    ].join('\n');
    const preview = previewMemberImport(utf8(file), roster);
    expect(preview.rows.map((found) => [found.rowNumber, found.status])).toEqual([
      [2, 'duplicate'],
      [3, 'accepted'],
      [4, 'accepted'],
      [5, 'duplicate'],
      [6, 'accepted'],
      [7, 'duplicate'],
      [8, 'accepted'],
    ]);
    expect(row(preview, 2)).toMatchObject({ duplicateOf: { kind: 'member', memberId: 'm-soren', by: 'name' } });
    expect(row(preview, 5)).toMatchObject({ duplicateOf: { kind: 'row', rowNumber: 4, by: 'name' } });
    expect(row(preview, 7)).toMatchObject({ duplicateOf: { kind: 'row', rowNumber: 6, by: 'name' } });
  });

  it('does not let a rejected row claim an e-mail', () => {
    const preview = previewMemberImport(utf8('Navn;E-mail;Indtrådt\nAnna;anna@x.dk;bad\nAnna;anna@x.dk;\n'));
    expect(preview.rows.map((found) => found.status)).toEqual(['rejected', 'accepted']);
  });
});

describe('previewMemberImport: size', () => {
  it('reads 10,000 rows', () => {
    const lines = [HEADER];
    for (let n = 0; n < 10_000; n += 1) {
      lines.push(`Medlem ${n};Chef;Org ${n % 40};kommune;m${n}@x.dk;;01-01-2020;;Note ${n}`);
    }
    const preview = previewMemberImport(utf8(lines.join('\r\n')));
    expect(preview.counts).toEqual({ accepted: 10_000, duplicate: 0, rejected: 0 });
    expect(row(preview, 10_001)).toMatchObject({ member: { name: 'Medlem 9999', email: 'm9999@x.dk' } });
  });
});

describe('parseDanishOrIsoDate', () => {
  it.each([
    ['01-03-2019', '2019-03-01'],
    ['1.3.2019', '2019-03-01'],
    ['29/02/2024', '2024-02-29'],
    ['2019-03-01', '2019-03-01'],
    ['2019-3-1', '2019-03-01'],
  ])('reads %s', (input, expected) => {
    expect(parseDanishOrIsoDate(input)).toBe(expected);
  });

  it.each(['29-02-2023', '31-04-2020', '00-01-2020', '01-13-2020', '01-03.2019', '2019/03/01', '1 marts 2019', '01-03-19'])(
    'refuses %s',
    (input) => {
      expect(parseDanishOrIsoDate(input)).toBeUndefined();
    },
  );
});

describe('export', () => {
  const members: Member[] = [
    memberSchema.parse({
      id: 'm-1',
      name: 'Mette Holm',
      email: 'mette@aarhus.dk',
      phone: '+45 12 34 56 78',
      joined: '2019-03-01',
      employments: [
        { organisation: 'Region Midt', title: 'IT-chef', sector: 'region', from: '2010-01-01', to: '2019-02-28' },
        { organisation: 'Aarhus Kommune', title: 'CIO', sector: 'municipality', from: '2019-03-01' },
      ],
      notes: 'Siger "ja";\nmen kun om drift',
    }),
    memberSchema.parse({ id: 'm-2', name: '=HYPERLINK("http://evil")', notes: '@SUM(A1)' }),
  ];

  it('writes semicolons, CRLF, Danish headers, the current job, Danish dates and quoted special cells', () => {
    expect(membersToCsv(members)).toBe(
      [
        'Navn;Titel;Organisation;Sektor;E-mail;Telefon;Indtrådt;Udtrådt;Noter',
        `Mette Holm;CIO;Aarhus Kommune;kommune;mette@aarhus.dk;"'+45 12 34 56 78";01-03-2019;;"Siger ""ja"";\nmen kun om drift"`,
        `"'=HYPERLINK(""http://evil"")";;;;;;;;"'@SUM(A1)"`,
        '',
      ].join('\r\n'),
    );
  });

  it('starts the file with a UTF-8 BOM', () => {
    const bytes = exportMembersCsv(members);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(membersToCsv(members));
  });

  // Built without the schema, whose text cleaning would already strip a leading tab or CR.
  const notesCell = (notes: string) =>
    membersToCsv([{ id: 'm', name: 'N', email: '', phone: '', employments: [], notes }]).slice(0, -2).split(/\r\n(?=N;)/)[1]?.split(';').at(-1);

  it.each(['=1+1', '+1', '-1', '@x', '\tx', '\rx', "'=x"])('neutralises %j', (cell) => {
    expect(notesCell(cell)).toBe(`"'${cell}"`);
  });

  it('leaves ordinary cells alone', () => {
    expect(notesCell('Anna')).toBe('Anna');
    expect(notesCell('a=b')).toBe('a=b');
  });

  it('gives back the same roster when an export is imported again', () => {
    const preview = previewMemberImport(exportMembersCsv(members));
    const accepted = preview.rows.map((found) => (found.status === 'accepted' ? found.member : undefined));
    expect(accepted).toEqual([
      { ...withoutId(members[0]), employments: [{ organisation: 'Aarhus Kommune', title: 'CIO', sector: 'municipality' }] },
      withoutId(members[1]),
    ]);
  });
});

function withoutId(member: Member | undefined): Omit<Member, 'id'> | undefined {
  if (member === undefined) return undefined;
  const { id: _id, ...rest } = member;
  return rest;
}

// Text that exercises quoting, formula neutralising and Danish letters more often than random strings would.
const TRICKY_CHARACTERS = [...'aæøåÆØÅé ;,"\'=+-@\t\r\n'];
const trickyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY_CHARACTERS), maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const isoDateArb = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const nameArb = trickyText.filter((text) => nameText.safeParse(text).success);

const exportableMember = fc.record({
  name: nameArb,
  email: fc.option(fc.emailAddress(), { nil: '' }),
  phone: trickyText,
  joined: fc.option(isoDateArb, { nil: undefined }),
  left: fc.option(isoDateArb, { nil: undefined }),
  job: fc.option(fc.record({ organisation: nameArb, title: trickyText, sector: fc.constantFrom(...sectorSchema.options) }), {
    nil: undefined,
  }),
  notes: trickyText,
});

describe('round trip (property)', () => {
  it('export then import gives back every member with their current job', () => {
    fc.assert(
      fc.property(
        // E-mails, and names for rows without one, are the duplicate keys, so the generated roster repeats neither.
        fc
          .uniqueArray(exportableMember, { maxLength: 15, selector: (member) => nameKey(member.name) })
          .filter((generated) => {
            const emails = generated.map((member) => member.email.toLowerCase()).filter((email) => email !== '');
            return new Set(emails).size === emails.length;
          }),
        (generated) => {
          const members = generated.map(({ job, joined, left, ...rest }, index) =>
            memberSchema.parse({
              ...rest,
              id: `m-${index}`,
              ...(joined === undefined ? {} : { joined }),
              ...(left === undefined ? {} : { left }),
              employments: job === undefined ? [] : [job],
            }),
          );
          const preview = previewMemberImport(exportMembersCsv(members));
          expect(preview.fileProblem).toBeNull();
          const imported = preview.rows.map((found) => (found.status === 'accepted' ? found.member : found));
          expect(imported).toEqual(members.map(withoutId));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('never throws (property)', () => {
  function consistent(preview: MemberImportPreview): void {
    const { accepted, duplicate, rejected } = preview.counts;
    expect(accepted + duplicate + rejected).toBe(preview.rows.length);
  }

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => consistent(previewMemberImport(bytes))),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      // Generating full-Unicode strings is the slow part here, not the import; the default 100 runs suffice.
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => consistent(previewMemberImport(text))),
    );
  });

  it('on files with a valid header and hostile rows', () => {
    const cell = fc.oneof(trickyText, fc.constantFrom('"', '""', '"a"b', '01-01-2020', '31-02-2020', 'privat', 'x@y.dk'));
    const rows = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 20 });
    const delimiter = fc.constantFrom(';', ',', '\t');
    fc.assert(
      fc.property(rows, delimiter, fc.constantFrom('\r\n', '\n', '\r'), (cells, separator, newline) => {
        const text = [HEADER.replaceAll(';', separator), ...cells.map((line) => line.join(separator))].join(newline);
        const preview = previewMemberImport(utf8(text), { members: [{ id: 'm-1', name: 'A', email: 'x@y.dk' }], today: '2026-12-02' });
        consistent(preview);
        expect(preview.fileProblem).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
