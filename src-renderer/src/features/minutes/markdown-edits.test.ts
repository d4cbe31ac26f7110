import { describe, expect, it } from 'vitest';
import { parseRichText, richTextToPlain } from '../../../../src-main/domain/rich-text';
import { applyMarkdown, continueList, pasteLink, type MarkdownCommand, type TextSelection } from './markdown-edits';

const placeholders = { link: 'link' };

function apply(command: MarkdownCommand, text: string, start: number, end = start): TextSelection {
  return applyMarkdown(command, { text, start, end }, placeholders);
}

describe('applyMarkdown', () => {
  it('makes the selected words bold, keeping spaces outside the markers, and reads back as bold', () => {
    const result = apply('bold', 'Vi aftalte  en pilot ', 11, 21);
    expect(result.text).toBe('Vi aftalte  **en pilot** ');
    expect(result.text.slice(result.start, result.end)).toBe('en pilot');
    const [paragraph] = parseRichText(result.text);
    expect(paragraph).toMatchObject({ kind: 'paragraph' });
    expect(paragraph?.kind === 'paragraph' && paragraph.inlines.some((inline) => inline.kind === 'text' && inline.bold && inline.text === 'en pilot')).toBe(true);
  });

  it('toggles like Word: Ctrl+B, typing, Ctrl+B gives exactly the typed words in bold and steps out of them', () => {
    let state = apply('bold', 'Vi ', 3);
    expect(state).toEqual({ text: 'Vi ****', start: 5, end: 5 });
    state = typeAt(state, 'en pilot');
    state = applyMarkdown('bold', state, placeholders);
    expect(state).toEqual({ text: 'Vi **en pilot**', start: 15, end: 15 });
    state = typeAt(state, ' i Q1');
    expect(state.text).toBe('Vi **en pilot** i Q1');
  });

  it('removes an empty pair when toggled twice without typing', () => {
    expect(apply('bold', 'Vi ****', 5)).toEqual({ text: 'Vi ', start: 3, end: 3 });
    expect(apply('italic', 'Vi **', 4)).toEqual({ text: 'Vi ', start: 3, end: 3 });
  });

  it('tells italic from bold markers when toggling at the end of a span', () => {
    const italicInBold = apply('italic', '**fed** *skrå*', 13);
    expect(italicInBold.start).toBe(14);
    // At the end of a bold span, italic does not step out: it opens a pair of its own.
    expect(apply('italic', '**fed**', 5).text).toBe('**fed****');
  });

  it('unwraps a selection that is already bold, selected with or without its markers', () => {
    expect(apply('bold', 'Vi **en pilot** nu', 5, 13)).toEqual({ text: 'Vi en pilot nu', start: 3, end: 11 });
    expect(apply('bold', 'Vi **en pilot** nu', 3, 15)).toEqual({ text: 'Vi en pilot nu', start: 3, end: 11 });
    expect(apply('italic', 'Vi *en pilot* nu', 4, 12).text).toBe('Vi en pilot nu');
  });

  it('turns the touched lines into a numbered list after a blank line, which rich text reads as a list', () => {
    const text = 'Punkter:\nførste\nandet';
    const result = apply('numberedList', text, 10, text.length);
    expect(result.text).toBe('Punkter:\n\n1. første\n2. andet');
    expect(parseRichText(result.text)[1]).toMatchObject({ kind: 'list', ordered: true });
  });

  it('adds a bullet to the current line and leaves existing list lines alone', () => {
    expect(apply('bulletList', '- en\nto', 6).text).toBe('- en\n- to');
    expect(apply('bulletList', '', 0).text).toBe('- ');
  });

  it('makes a link of the selection and selects the address to type', () => {
    const result = apply('link', 'Se rapporten her', 3, 12);
    expect(result.text).toBe('Se [rapporten](https://) her');
    expect(result.text.slice(result.start, result.end)).toBe('https://');
    const finished = result.text.slice(0, result.end) + 'example.dk' + result.text.slice(result.end);
    expect(richTextToPlain(parseRichText(finished))).toBe('Se rapporten her');
  });
});

function typeAt({ text, start, end }: TextSelection, typed: string): TextSelection {
  const cursor = start + typed.length;
  return { text: text.slice(0, start) + typed + text.slice(end), start: cursor, end: cursor };
}

describe('continueList', () => {
  it('continues a bullet list and the numbering of a numbered one, keeping the indent', () => {
    expect(continueList({ text: '- en', start: 4, end: 4 })).toEqual({ text: '- en\n- ', start: 7, end: 7 });
    expect(continueList({ text: '  3. tre', start: 8, end: 8 })).toEqual({ text: '  3. tre\n  4. ', start: 14, end: 14 });
  });

  it('ends the list when Enter is pressed on an empty item', () => {
    expect(continueList({ text: '- en\n- ', start: 7, end: 7 })).toEqual({ text: '- en\n', start: 5, end: 5 });
  });

  it('leaves Enter alone outside a list and inside a marker', () => {
    expect(continueList({ text: 'Almindelig tekst', start: 5, end: 5 })).toBeNull();
    expect(continueList({ text: '- en', start: 1, end: 1 })).toBeNull();
  });
});

describe('pasteLink', () => {
  it('makes the selection a link to a pasted address, which rich text reads as a link', () => {
    const result = pasteLink({ text: 'Se rapporten her', start: 3, end: 12 }, ' https://example.dk/r ');
    expect(result?.text).toBe('Se [rapporten](https://example.dk/r) her');
    const [paragraph] = parseRichText(result!.text);
    expect(paragraph?.kind === 'paragraph' && paragraph.inlines.some((inline) => inline.kind === 'link')).toBe(true);
  });

  it('pastes plainly without a selection or when the text is not a safe address', () => {
    expect(pasteLink({ text: 'Se', start: 2, end: 2 }, 'https://example.dk')).toBeNull();
    expect(pasteLink({ text: 'Se her', start: 3, end: 6 }, 'javascript:alert(1)')).toBeNull();
    expect(pasteLink({ text: 'Se her', start: 3, end: 6 }, 'to ord')).toBeNull();
  });
});
