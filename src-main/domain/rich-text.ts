// Rich text for minutes notes: stored as a small Markdown subset, read into a block tree that exports can render.
//
// Why Markdown as the stored form: the workspace file stays readable and diffable text a successor can open; a note
// is one string, so autosave, search and the confidentiality filter treat it like any other text; facilitators can
// type "- " or "**" fast during a meeting. Why marked's lexer: a real, maintained CommonMark/GFM tokenizer with no
// dependencies that runs in the renderer and in main. We only read its tokens: raw HTML is kept as literal text and
// never interpreted, links survive only for https and mailto, everything else degrades to plain text.
import { Lexer, type Token, type Tokens } from 'marked';

export interface TextSpan {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Inline =
  | ({ kind: 'text' } & TextSpan)
  | { kind: 'link'; href: string; spans: TextSpan[] }
  | { kind: 'lineBreak' };

export interface ListItem {
  /** The item's own paragraphs and nested lists; the first paragraph carries the bullet or number. */
  blocks: Block[];
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] };

/** Word and LibreOffice indent lists a few levels deep; deeper nesting is shown at the deepest level. */
export const MAX_LIST_DEPTH = 4;

/** Guards our own recursion against pathological nesting that marked itself accepted. */
const MAX_TOKEN_DEPTH = 64;

// No white space, controls, quotes or angle brackets, and no character XML cannot carry: such a link would break the
// document's relationships part or hide where it leads.
// eslint-disable-next-line no-control-regex
const SAFE_LINK = /^(https:\/\/|mailto:)[^\s\u0000-\u001F\u007F-\u009F"<>\\\uFFFE\uFFFF]+$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Only https and mailto links reach a document; `javascript:`, `file:`, plain http and relative links do not. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  return SAFE_LINK.test(trimmed) && !LONE_SURROGATE.test(trimmed);
}

interface Style {
  bold: boolean;
  italic: boolean;
}

const PLAIN: Style = { bold: false, italic: false };

/** Reads stored note text into blocks. Never throws: input marked cannot handle becomes plain paragraphs. */
export function parseRichText(source: string): Block[] {
  const normalised = source.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') return [];
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true, breaks: false }).lex(normalised);
  } catch {
    // marked recurses per nesting level; thousands of '>' or '- ' overflow the stack. The text still deserves export.
    return plainParagraphs(normalised);
  }
  return blocksOf(tokens, 0);
}

function plainParagraphs(source: string): Block[] {
  return source
    .split(/\n{2,}/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => ({ kind: 'paragraph', inlines: withLineBreaks(chunk, PLAIN) }));
}

function withLineBreaks(text: string, style: Style): Inline[] {
  const inlines: Inline[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) inlines.push({ kind: 'lineBreak' });
    if (line !== '') inlines.push({ kind: 'text', text: line, ...style });
  });
  return inlines;
}

function blocksOf(tokens: readonly Token[], depth: number): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) blocks.push(...blockOf(token, depth));
  return blocks;
}

function blockOf(token: Token, depth: number): Block[] {
  if (depth > MAX_TOKEN_DEPTH) return paragraph(withLineBreaks(token.raw.trim(), PLAIN));
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return [];
    case 'paragraph':
    case 'text':
      return paragraph(inlinesOrText(token, PLAIN, depth));
    case 'heading':
      // Notes sit under the document's own headings; a heading inside a note is shown as a bold line instead.
      return paragraph(inlinesOrText(token, { bold: true, italic: false }, depth));
    case 'code':
      return paragraph(withLineBreaks(String((token as Tokens.Code).text), PLAIN));
    case 'html':
      return paragraph(withLineBreaks(token.raw.trim(), PLAIN));
    case 'blockquote':
      return blocksOf((token as Tokens.Blockquote).tokens, depth + 1);
    case 'list':
      return [listOf(token as Tokens.List, depth)];
    case 'table':
      return tableRows(token as Tokens.Table, depth);
    default:
      return paragraph(withLineBreaks(token.raw.trim(), PLAIN));
  }
}

function paragraph(inlines: Inline[]): Block[] {
  const merged = mergeSpans(inlines);
  return merged.length === 0 ? [] : [{ kind: 'paragraph', inlines: merged }];
}

function listOf(list: Tokens.List, depth: number): Block {
  const start = typeof list.start === 'number' && Number.isSafeInteger(list.start) ? list.start : 1;
  return {
    kind: 'list',
    ordered: list.ordered,
    start,
    items: list.items.map((item) => ({ blocks: listItemBlocks(item, depth + 1) })),
  };
}

function listItemBlocks(item: Tokens.ListItem, depth: number): Block[] {
  const blocks = blocksOf(item.tokens, depth);
  if (item.task) {
    const mark: Inline = { kind: 'text', text: item.checked ? '☑ ' : '☐ ', ...PLAIN };
    const first = blocks[0];
    if (first?.kind === 'paragraph') first.inlines.unshift(mark);
    else blocks.unshift({ kind: 'paragraph', inlines: [mark] });
  }
  return blocks;
}

/** GFM tables have no place in meeting notes' Word layout; each row becomes a line with its cells separated. */
function tableRows(table: Tokens.Table, depth: number): Block[] {
  const rows = [table.header, ...table.rows];
  return rows.flatMap((cells) => {
    const inlines: Inline[] = [];
    cells.forEach((cell, index) => {
      if (index > 0) inlines.push({ kind: 'text', text: ' | ', ...PLAIN });
      inlines.push(...inlinesOf(cell.tokens, PLAIN, depth + 1));
    });
    return paragraph(inlines);
  });
}

function inlinesOrText(token: Token, style: Style, depth: number): Inline[] {
  const children = (token as { tokens?: Token[] }).tokens;
  if (children && children.length > 0) return inlinesOf(children, style, depth + 1);
  return withLineBreaks(String((token as { text?: unknown }).text ?? token.raw), style);
}

function inlinesOf(tokens: readonly Token[], style: Style, depth: number): Inline[] {
  const inlines: Inline[] = [];
  for (const token of tokens) inlines.push(...inlineOf(token, style, depth));
  return inlines;
}

function inlineOf(token: Token, style: Style, depth: number): Inline[] {
  if (depth > MAX_TOKEN_DEPTH) return withLineBreaks(token.raw, style);
  switch (token.type) {
    case 'strong':
      return inlinesOrText(token, { ...style, bold: true }, depth);
    case 'em':
      return inlinesOrText(token, { ...style, italic: true }, depth);
    case 'br':
      return [{ kind: 'lineBreak' }];
    case 'link':
      return linkOf(token as Tokens.Link, style, depth);
    case 'image':
      return withLineBreaks((token as Tokens.Image).text, style);
    case 'checkbox':
      return [{ kind: 'text', text: (token as Tokens.Checkbox).checked ? '☑ ' : '☐ ', ...style }];
    case 'html':
      return withLineBreaks(token.raw, style);
    case 'text':
    case 'escape':
    case 'codespan':
    case 'del':
      return inlinesOrText(token, style, depth);
    default:
      // A list item's text holds nested block tokens (e.g. a paragraph) when the list is loose.
      return inlinesOrText(token, style, depth);
  }
}

function linkOf(link: Tokens.Link, style: Style, depth: number): Inline[] {
  const inner = inlinesOrText(link, style, depth);
  if (!isSafeHref(link.href)) return inner;
  const spans = inner.flatMap((inline): TextSpan[] =>
    inline.kind === 'text' ? [{ text: inline.text, bold: inline.bold, italic: inline.italic }] : [],
  );
  if (spans.length === 0) spans.push({ text: link.href, ...style });
  return [{ kind: 'link', href: link.href.trim(), spans }];
}

/** Joins neighbouring text of the same style and drops empty text, so a document gets few, whole runs. */
function mergeSpans(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'text' && inline.text === '') continue;
    const previous = merged[merged.length - 1];
    if (
      inline.kind === 'text' &&
      previous?.kind === 'text' &&
      previous.bold === inline.bold &&
      previous.italic === inline.italic
    ) {
      previous.text += inline.text;
    } else {
      merged.push(inline.kind === 'text' ? { ...inline } : inline);
    }
  }
  while (merged[merged.length - 1]?.kind === 'lineBreak') merged.pop();
  while (merged[0]?.kind === 'lineBreak') merged.shift();
  return merged;
}

/** The words of a block tree without formatting: for previews, search and tests. */
export function richTextToPlain(blocks: readonly Block[]): string {
  return blocks.map(blockToPlain).join('\n');
}

function blockToPlain(block: Block): string {
  if (block.kind === 'paragraph') return block.inlines.map(inlineToPlain).join('');
  return block.items.map((item) => item.blocks.map(blockToPlain).join('\n')).join('\n');
}

function inlineToPlain(inline: Inline): string {
  if (inline.kind === 'text') return inline.text;
  if (inline.kind === 'lineBreak') return '\n';
  return inline.spans.map((span) => span.text).join('');
}
