// Formula injection (issue 6): whatever text a member record holds, no cell of the exported roster starts with a
// character a spreadsheet would run as a formula (=, +, -, @, tab, CR). The escaping itself is unit-tested in
// export/member-csv/member-csv.test.ts; this checks the whole export path over hostile input, cell by parsed cell.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { membersToCsv } from '../export/member-csv/write';
import { memberSchema, sectorSchema } from '../domain/model';
import { cleanText } from '../domain/text';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', "'"];
const PAYLOADS = ['=HYPERLINK("http://evil.example","klik")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '=1+1', "'=quoted"];

/** Text that begins with a formula trigger more often than not, mixed with control characters, RTL and emoji. */
const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.tuple(fc.constantFrom(...TRIGGERS), fc.string({ maxLength: 30 })).map(([trigger, rest]) => `${trigger}${rest}`),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('שלום =1', '👩‍💻=cmd', ' =lead space', '"=quoted"', 'a;=b', 'line\n=second'),
);

/** Names are required: text that cleans to nothing gets a letter in front (the trigger after it stays hostile). */
const nonEmpty = (text: string) => (cleanText(text) === '' ? `x${text}` : text.slice(0, 100));

const hostileMember = fc.record({
  name: hostileText.map(nonEmpty),
  email: hostileText,
  phone: hostileText,
  notes: hostileText,
  title: hostileText,
  organisation: hostileText.map(nonEmpty),
  sector: fc.constantFrom(...sectorSchema.options),
});

describe('CSV export against formula injection', () => {
  it('no exported cell starts with =, +, -, @, tab or CR, whatever the members hold', () => {
    fc.assert(
      fc.property(fc.array(hostileMember, { minLength: 1, maxLength: 8 }), (generated) => {
        const members = generated.map((fields, index) =>
          memberSchema.parse({
            id: `m-${index}`,
            name: fields.name,
            email: fields.email,
            phone: fields.phone,
            notes: fields.notes,
            employments: [{ organisation: fields.organisation, title: fields.title, sector: fields.sector }],
          }),
        );
        const parsed = Papa.parse<string[]>(membersToCsv(members), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        const cells = parsed.data.slice(1).flat();
        expect(cells.length).toBe(members.length * parsed.data[0]!.length);
        for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });
});
