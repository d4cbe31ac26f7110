import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeHref, parseRichText, richTextToPlain, type Block } from './rich-text';

describe('parseRichText', () => {
  it('reads paragraphs, bold, italic and safe links', () => {
    const blocks = parseRichText('Hello **bold _both_** and *it*.\n\nSee [report](https://example.org/r).');
    expect(blocks).toEqual<Block[]>([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'Hello ', bold: false, italic: false },
          { kind: 'text', text: 'bold ', bold: true, italic: false },
          { kind: 'text', text: 'both', bold: true, italic: true },
          { kind: 'text', text: ' and ', bold: false, italic: false },
          { kind: 'text', text: 'it', bold: false, italic: true },
          { kind: 'text', text: '.', bold: false, italic: false },
        ],
      },
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'See ', bold: false, italic: false },
          { kind: 'link', href: 'https://example.org/r', spans: [{ text: 'report', bold: false, italic: false }] },
          { kind: 'text', text: '.', bold: false, italic: false },
        ],
      },
    ]);
  });

  it('reads bullet and numbered lists, nested lists and the start number', () => {
    const [bullets, numbers] = parseRichText('- one\n- two\n  - deeper\n\n3. third\n4. fourth');
    expect(bullets).toMatchObject({ kind: 'list', ordered: false, items: [{ blocks: [{ kind: 'paragraph' }] }, {}] });
    const second = bullets?.kind === 'list' ? bullets.items[1] : undefined;
    expect(second?.blocks[1]).toMatchObject({ kind: 'list', ordered: false });
    expect(numbers).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    expect(richTextToPlain(parseRichText('- one\n- two\n  - deeper'))).toBe('one\ntwo\ndeeper');
  });

  it('keeps a single newline as a line break inside a paragraph', () => {
    expect(parseRichText('line one\nline two')).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'line one', bold: false, italic: false },
          { kind: 'lineBreak' },
          { kind: 'text', text: 'line two', bold: false, italic: false },
        ],
      },
    ]);
  });

  it('turns unsafe links into their text and shows raw HTML literally', () => {
    const plain = richTextToPlain(parseRichText('[click](javascript:alert(1)) <script>x</script> [f](file:///etc/passwd)'));
    expect(plain).toContain('click');
    expect(plain).toContain('<script>');
    const links = JSON.stringify(parseRichText('[click](javascript:alert(1)) [f](file:///etc) [h](http://x.dk) www.x.dk'));
    expect(links).not.toContain('"kind":"link"');
  });

  it('accepts https and mailto links only', () => {
    expect(isSafeHref('https://example.org')).toBe(true);
    expect(isSafeHref('mailto:a@b.dk')).toBe(true);
    expect(isSafeHref('HTTPS://EXAMPLE.ORG')).toBe(true);
    expect(isSafeHref('http://example.org')).toBe(false);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('https://exa mple.org')).toBe(false);
    expect(isSafeHref('/relative')).toBe(false);
    expect(isSafeHref('https://example.org/\uFFFF')).toBe(false);
    expect(isSafeHref('https://example.org/\u0001')).toBe(false);
    expect(isSafeHref('https://example.org/\uD800')).toBe(false);
    expect(isSafeHref('https://example.org/a"onclick')).toBe(false);
    expect(isSafeHref('https://dr.dk/æøå?q=1&r=2')).toBe(true);
    expect(isSafeHref('https://example.org/😀')).toBe(true);
  });

  it('shows headings as bold lines and code as plain text', () => {
    expect(parseRichText('# Title')).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Title', bold: true, italic: false }] }]);
    expect(richTextToPlain(parseRichText('```\na < b\n```'))).toBe('a < b');
  });

  it('returns nothing for empty or blank text', () => {
    expect(parseRichText('')).toEqual([]);
    expect(parseRichText(' \n\n\t')).toEqual([]);
  });

  it('survives nesting deep enough to overflow the parser, keeping the words', () => {
    const quotes = parseRichText(`${'>'.repeat(20_000)} still here`);
    expect(richTextToPlain(quotes)).toContain('still here');
    const lists = parseRichText(`${'- '.repeat(20_000)}deep`);
    expect(richTextToPlain(lists)).toContain('deep');
  });

  it('never throws and never invents text for arbitrary input', () => {
    const markdownish = fc.stringMatching(/^[-*_`#>[\]()!\\<>a-z0-9 \n.:/|~]*$/, { maxLength: 200 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), markdownish), (source) => {
        const blocks = parseRichText(source);
        const plain = richTextToPlain(blocks);
        for (const word of plain.split(/\s+/)) {
          // Every letter or digit shown came from the source (markup may be dropped, never added).
          for (const char of word.replace(/[^\p{L}\p{N}]/gu, '')) expect(source).toContain(char);
        }
      }),
      { numRuns: 500 },
    );
  });
});
