import { describe, expect, it } from 'vitest';
import { parseRichText, richTextToPlain } from '../../../../src-main/domain/rich-text';
import { applyMarkdown, type MarkdownCommand, type TextSelection } from './markdown-edits';

const placeholders = { text: 'tekst', link: 'link' };

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

  it('inserts a selected placeholder when nothing is selected', () => {
    const result = apply('italic', 'Før ', 4);
    expect(result.text).toBe('Før *tekst*');
    expect(result.text.slice(result.start, result.end)).toBe('tekst');
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
