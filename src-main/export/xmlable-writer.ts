// Writes the objects docx's components prepare for XML (`prepForXml`) as XML text, the way docx's packer writes them
// (no indentation), straight into one list of pieces: docx first copies the whole tree into a second tree and then
// concatenates at every level, which for a 300-page document is over 100 MB of short-lived objects and strings.
// docx-in-parts.test.ts pins that a document written this way is the same, part by part, as docx's own.
import type { IXmlableObject } from 'docx';

// As docx (after the `xml` package it used to use): markup characters become entities, and the C0 controls XML 1.0
// cannot carry are dropped. Text content escapes quotes too.
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

function escaped(value: unknown): string {
  return typeof value === 'string' ? value.replace(ESCAPED, (character) => ENTITIES[character] ?? '') : String(value);
}

type Content = string | IXmlableObject | undefined;

/**
 * Appends the XML of `element` ({ tag: children | attributes | text }) to `out`. The quirks are docx's own: a text
 * child replaces the child written before it, and a list without text gets empty strings around its children
 * (which only decides between `<a></a>` and `<a/>`).
 */
function writeXmlable(element: IXmlableObject, out: string[]): void {
  const name = Object.keys(element)[0];
  const value: unknown = name === undefined ? undefined : (element as Record<string, unknown>)[name];
  const attributes: string[] = [];
  const content: Content[] = [];
  const addAttributes = (source: Record<string, unknown>) => {
    for (const [key, attribute] of Object.entries(source)) attributes.push(`${key}="${escaped(attribute)}"`);
  };
  if (typeof value === 'object' && value !== null) {
    const { _attr: attr, _cdata: cdata } = value as { _attr?: Record<string, unknown>; _cdata?: string };
    if (attr) addAttributes(attr);
    if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
    if (Array.isArray(value)) {
      let hasText = false;
      content.push('');
      for (const child of value as unknown[]) {
        if (typeof child === 'object' && child !== null) {
          if (Object.keys(child)[0] === '_attr') addAttributes((child as { _attr: Record<string, unknown> })._attr);
          else content.push(child as IXmlableObject);
        } else {
          content.pop();
          hasText = true;
          content.push(escaped(child));
        }
      }
      if (!hasText) content.push('');
    }
  } else {
    content.push(value === undefined ? undefined : escaped(value));
  }
  const attributeText = attributes.length > 0 ? ` ${attributes.join(' ')}` : '';
  if (content.length === 0) {
    out.push(name ? `<${name}${attributeText}/>` : `${attributeText}/>`);
    return;
  }
  out.push(name ? `<${name}${attributeText}>` : attributeText);
  for (const child of content) {
    if (typeof child === 'object') writeXmlable(child, out);
    else if (child !== undefined && child !== '') out.push(child);
  }
  if (name) out.push(`</${name}>`);
}

/** The XML of one element (a paragraph, a table) as a string. */
export function xmlableText(element: IXmlableObject): string {
  const out: string[] = [];
  writeXmlable(element, out);
  return out.join('');
}
