// What the notes toolbar does to the text: pure edits that write the Markdown subset rich-text.ts reads
// (**bold**, *italic*, "- " bullets, "1. " numbers, [text](https://link)), returning the new text and selection.
export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

export type MarkdownCommand = 'bold' | 'italic' | 'bulletList' | 'numberedList' | 'link';

const MARKERS = { bold: '**', italic: '*' } as const;

/** Markers of this kind in a piece of text: "**" for bold; for italic a lone "*", not half of a "**". */
function markerPattern(marker: string): RegExp {
  return marker === '**' ? /\*\*/g : /(?<!\*)\*(?!\*)/g;
}

function endsWithMarker(before: string, marker: string): boolean {
  return before.endsWith(marker) && (marker === '**' || !before.endsWith('**') || before.endsWith('***'));
}

function startsWithMarker(after: string, marker: string): boolean {
  return after.startsWith(marker) && (marker === '**' || !after.startsWith('**') || after.startsWith('***'));
}

/**
 * Bold and italic toggle as in Word. With a selection: wrap it, or unwrap it when it is already wrapped. With only a
 * cursor: Ctrl+B opens an empty pair to type into; pressed again at the end of that span it steps out of the pair
 * (or removes it while still empty), so "Ctrl+B, type, Ctrl+B" gives exactly "**typed**".
 */
function toggle({ text, start, end }: TextSelection, marker: string): TextSelection {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (start === end) {
    if (endsWithMarker(before, marker) && startsWithMarker(after, marker)) {
      const at = start - marker.length;
      return { text: text.slice(0, at) + after.slice(marker.length), start: at, end: at };
    }
    const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
    const openSpan = (lineBefore.match(markerPattern(marker))?.length ?? 0) % 2 === 1;
    if (openSpan && startsWithMarker(after, marker)) return { text, start: start + marker.length, end: start + marker.length };
    const inside = start + marker.length;
    return { text: `${before}${marker}${marker}${after}`, start: inside, end: inside };
  }
  const selected = text.slice(start, end);
  if (endsWithMarker(before, marker) && startsWithMarker(after, marker)) {
    const from = start - marker.length;
    return { text: text.slice(0, from) + selected + after.slice(marker.length), start: from, end: from + selected.length };
  }
  if (selected.length > marker.length * 2 && startsWithMarker(selected, marker) && endsWithMarker(selected, marker)) {
    const inner = selected.slice(marker.length, -marker.length);
    return { text: before + inner + after, start, end: start + inner.length };
  }
  // Markers must hug the words: "** bold **" is not bold in Markdown, so surrounding spaces stay outside.
  const leading = selected.length - selected.trimStart().length;
  const trailing = selected.length - selected.trimEnd().length;
  const inner = selected.trim();
  const innerStart = start + leading + marker.length;
  const head = before + selected.slice(0, leading);
  const tail = selected.slice(selected.length - trailing) + after;
  return { text: `${head}${marker}${inner}${marker}${tail}`, start: innerStart, end: innerStart + inner.length };
}

const LIST_PREFIX = /^(\s*)([-*+]|\d+[.)])\s+/;

/** Makes every line the selection touches a list item; lines that already are one are left as they are. */
function prefixLines({ text, start, end }: TextSelection, ordered: boolean): TextSelection {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  let number = 0;
  const changed = lines.map((line) => {
    if (LIST_PREFIX.test(line)) return line;
    number += 1;
    return `${ordered ? `${number}.` : '-'} ${line}`;
  });
  const block = changed.join('\n');
  // A list needs a blank line before it when it follows a paragraph, or Markdown reads it as the paragraph's text.
  const needsGap = lineStart > 0 && text.slice(0, lineStart).trimEnd() !== '' && !text.slice(0, lineStart).endsWith('\n\n') && !isListLine(previousLine(text, lineStart));
  const gap = needsGap ? '\n' : '';
  const result = text.slice(0, lineStart) + gap + block + text.slice(lineEnd);
  const cursor = lineStart + gap.length + block.length;
  return { text: result, start: cursor, end: cursor };
}

function previousLine(text: string, lineStart: number): string {
  const before = text.slice(0, Math.max(0, lineStart - 1));
  return before.slice(before.lastIndexOf('\n') + 1);
}

function isListLine(line: string): boolean {
  return LIST_PREFIX.test(line);
}

/** Turns the selection into a link's text and selects the address to type or paste. */
function link({ text, start, end }: TextSelection, placeholderText: string): TextSelection {
  const label = text.slice(start, end).trim() || placeholderText;
  const address = 'https://';
  const inserted = `[${label}](${address})`;
  const addressStart = start + label.length + 3;
  return { text: text.slice(0, start) + inserted + text.slice(end), start: addressStart, end: addressStart + address.length };
}

export function applyMarkdown(command: MarkdownCommand, selection: TextSelection, placeholders: { link: string }): TextSelection {
  switch (command) {
    case 'bold':
    case 'italic':
      return toggle(selection, MARKERS[command]);
    case 'bulletList':
      return prefixLines(selection, false);
    case 'numberedList':
      return prefixLines(selection, true);
    case 'link':
      return link(selection, placeholders.link);
  }
}

const LIST_ITEM = /^(\s*)(?:([-*+])|(\d+)([.)]))(\s+)(.*)$/;

/**
 * Enter inside a list item continues the list: "- " again, or the next number. Enter on an empty item ends the list
 * (its marker is removed), as in Word. Null when the cursor is not in a list item, so Enter stays a plain line break.
 */
export function continueList({ text, start, end }: TextSelection): TextSelection | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const item = LIST_ITEM.exec(text.slice(lineStart, lineEnd));
  if (!item) return null;
  const [, indent = '', bullet, number, delimiter, gap = ' ', content = ''] = item;
  if (content.trim() === '') {
    return { text: text.slice(0, lineStart) + text.slice(lineEnd), start: lineStart, end: lineStart };
  }
  const prefixEnd = lineStart + item[0].length - content.length;
  if (start < prefixEnd) return null;
  const marker = bullet ?? `${Number(number) + 1}${delimiter}`;
  const inserted = `\n${indent}${marker}${gap}`;
  const cursor = start + inserted.length;
  return { text: text.slice(0, start) + inserted + text.slice(end), start: cursor, end: cursor };
}

/** A pasted address over a selection makes the selection a link to it; anything else pastes as it is. */
export function pasteLink({ text, start, end }: TextSelection, pasted: string): TextSelection | null {
  const address = pasted.trim();
  if (start === end || !/^(https:\/\/|mailto:)\S+$/i.test(address)) return null;
  const label = text.slice(start, end);
  const inserted = `[${label}](${address})`;
  const cursor = start + inserted.length;
  return { text: text.slice(0, start) + inserted + text.slice(end), start: cursor, end: cursor };
}
