// Shared Word building blocks: safe text, house styles, page-numbered footer, tables, Danish/English dates, packing.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IRunOptions,
  type IStylesOptions,
} from 'docx';
import type { Language } from '../domain/model';
import { hasVisibleText, xmlSafe } from './safe-text';

// Re-exported so the Word builders keep one import for their building blocks.
export { hasVisibleText, xmlSafe };

export const DOCUMENT_FONT = 'Calibri';
const BODY_SIZE = 22; // half-points: 11 pt
const ACCENT_COLOUR = '1F4E79';
const HEADER_FILL = 'DCE6F0';

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for a text that may span several lines: each newline becomes a line break inside the same paragraph. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map((line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

export function textParagraph(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: textRuns(text, style) });
}

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }[level];
  return new Paragraph({ heading: headingLevel, children: textRuns(text) });
}

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(text) });
}

/** "Label: value" lines, the label in bold; pairs with an empty value are left out. */
export function factLines(facts: ReadonlyArray<readonly [label: string, value: string]>): Paragraph[] {
  return facts
    .filter(([, value]) => hasVisibleText(value))
    .map(
      ([label, value]) =>
        new Paragraph({
          spacing: { after: 40 },
          children: [new TextRun({ text: `${xmlSafe(label)}: `, bold: true }), ...textRuns(value)],
        }),
    );
}

const WORD_LOCALE: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** The house styles: one font, calm headings, and the document language so Word spell-checks in the right one. */
export function documentStyles(language: Language): IStylesOptions {
  const headingRun = { font: DOCUMENT_FONT, color: ACCENT_COLOUR, bold: true };
  return {
    default: {
      document: {
        run: { font: DOCUMENT_FONT, size: BODY_SIZE, language: { value: WORD_LOCALE[language] } },
        // An explicit rule: without one LibreOffice reads the spacing as exact and tall titles overlap themselves.
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { ...headingRun, size: 40 }, paragraph: { spacing: { after: 120 } } },
      heading1: { run: { ...headingRun, size: 32 }, paragraph: { spacing: { before: 360, after: 120 } } },
      heading2: { run: { ...headingRun, size: 26 }, paragraph: { spacing: { before: 240, after: 80 } } },
      heading3: { run: { ...headingRun, size: 22 }, paragraph: { spacing: { before: 200, after: 60 } } },
    },
  };
}

/** Words around the page fields: before + current page + between + page count, e.g. "Side ", " af ". */
export interface PageNumberLabels {
  before: string;
  between: string;
}

export function pageNumberFooter(labels: PageNumberLabels): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ size: 18, children: [xmlSafe(labels.before), PageNumber.CURRENT] }),
          new TextRun({ size: 18, children: [xmlSafe(labels.between), PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

export interface TableColumn {
  header: string;
  /** Share of the table's width, in per cent. */
  widthPercent: number;
}

/** A body row: one text per column, or one text across the whole width (a day heading inside a table). */
export type TableRowContent = { cells: readonly string[] } | { spanning: string };

const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const TABLE_BORDERS = {
  top: thinBorder,
  bottom: thinBorder,
  left: thinBorder,
  right: thinBorder,
  insideHorizontal: thinBorder,
  insideVertical: thinBorder,
};

function cell(text: string, widthPercent: number, options: { bold?: boolean; fill?: string; columnSpan?: number } = {}) {
  return new TableCell({
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ spacing: { after: 0 }, children: textRuns(text, options.bold ? { bold: true } : {}) })],
  });
}

/** A full-width table with a shaded header row that repeats on every page. */
export function dataTable(columns: readonly TableColumn[], rows: readonly TableRowContent[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column) => cell(column.header, column.widthPercent, { bold: true, fill: HEADER_FILL })),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children:
          'spanning' in row
            ? [cell(row.spanning, 100, { bold: true, columnSpan: columns.length })]
            : columns.map((column, index) => cell(row.cells[index] ?? '', column.widthPercent)),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TABLE_BORDERS, rows: [header, ...body] });
}

const WEEKDAYS: Record<Language, readonly string[]> = {
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const MONTHS: Record<Language, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "tirsdag den 8. december 2026" / "Tuesday 8 December 2026", from an ISO date, the same on every machine. */
export function longDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[language][new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const monthName = MONTHS[language][month - 1];
  return language === 'da' ? `${weekday} den ${day}. ${monthName} ${year}` : `${weekday} ${day} ${monthName} ${year}`;
}

/** "09:00–16:00", with an en dash as both languages write a span of time. */
export function timeRange(start: string, end: string): string {
  return `${start}–${end}`;
}

export interface DocumentParts {
  title: string;
  language: Language;
  children: readonly FileChild[];
  pageNumbers: PageNumberLabels;
}

/** An A4 document in the house style with page numbers in the footer. */
export function houseDocument(parts: DocumentParts): Document {
  return new Document({
    title: xmlSafe(parts.title),
    creator: 'Netværk',
    styles: documentStyles(parts.language),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: { default: pageNumberFooter(parts.pageNumbers) },
        children: parts.children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
