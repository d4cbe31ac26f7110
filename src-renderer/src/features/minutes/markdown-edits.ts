// What the notes toolbar does to the text: pure edits that write the Markdown subset rich-text.ts reads
// (**bold**, *italic*, "- " bullets, "1. " numbers, [text](https://link)), returning the new text and selection.
export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

export type MarkdownCommand = 'bold' | 'italic' | 'bulletList' | 'numberedList' | 'link';

const MARKERS = { bold: '**', italic: '*' } as const;

/** Wraps the selection in a marker; with nothing selected, inserts the marker around `placeholder` and selects it. */
function wrap({ text, start, end }: TextSelection, marker: string, placeholder: string): TextSelection {
  const selected = text.slice(start, end);
  // Markers must hug the words: "** bold **" is not bold in Markdown, so surrounding spaces stay outside.
  const leading = selected.length - selected.trimStart().length;
  const trailing = selected.length - selected.trimEnd().length;
  const inner = selected.trim() || placeholder;
  const innerStart = start + leading + marker.length;
  const before = text.slice(0, start) + selected.slice(0, leading);
  const after = selected.slice(selected.length - trailing) + text.slice(end);
  return { text: `${before}${marker}${inner}${marker}${after}`, start: innerStart, end: innerStart + inner.length };
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

export function applyMarkdown(command: MarkdownCommand, selection: TextSelection, placeholders: { text: string; link: string }): TextSelection {
  switch (command) {
    case 'bold':
    case 'italic':
      return wrap(selection, MARKERS[command], placeholders.text);
    case 'bulletList':
      return prefixLines(selection, false);
    case 'numberedList':
      return prefixLines(selection, true);
    case 'link':
      return link(selection, placeholders.link);
  }
}
