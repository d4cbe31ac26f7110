// Packs a long Word document part by part. docx's Packer turns the whole body into one tree of objects, copies that
// tree, and only then writes text: a 300-page year book peaked at over 200 MB. Here each part of the body (a meeting's
// minutes, say) is built, written to XML text and dropped before the next is built, so only one part's objects are
// alive at a time; docx still writes everything else (styles, numbering, relationships, headers) and zips the package.
import { Packer, type Document, type FileChild, type IContext } from 'docx';
import { xmlableText } from './xmlable-writer';

const BODY_OPEN = '<w:body>';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
// docx writes `{reference-instance}` where a numbered paragraph's list id goes and fills it in once every list is known.
const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * The .docx bytes of `document` (one section, built with no body children) with `parts`' children as its body, in
 * order. `parts` is read lazily, so a generator can build each part only when it is its turn.
 */
export async function packDocxInParts(document: Document, parts: Iterable<readonly FileChild[]>): Promise<Uint8Array> {
  // One context for the whole body, as docx's packer uses: hyperlinks add their relationships to the document's, and
  // numbered paragraphs create their list instances in the document's numbering, in body order.
  const context: IContext = { file: document, viewWrapper: document.Document, stack: [] };
  // One string per body element: the pieces of a whole meeting held at once were ~25 MB of short strings.
  const body: string[] = [];
  for (const part of parts) {
    for (const child of part) {
      for (const written of child.writtenAs ?? [child]) {
        const xml = written.prepForXml(context);
        if (xml) body.push(xmlableText(xml));
      }
    }
  }
  const frame = xmlableText(document.Document.View.prepForXml({ ...context, stack: [] }) ?? {});
  const bodyStart = frame.indexOf(BODY_OPEN);
  if (bodyStart < 0) throw new Error('docx wrote a document without a body');
  const listIds = new Map(document.Numbering.ConcreteNumbering.map((list) => [listKey(list), String(list.numId)]));
  const withLists = (xml: string) => xml.replace(PLACEHOLDER, (placeholder, key: string) => listIds.get(key) ?? placeholder);
  const end = bodyStart + BODY_OPEN.length;
  const documentXml = DECLARATION + withLists(frame.slice(0, end)) + body.map(withLists).join('') + withLists(frame.slice(end));
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [{ path: 'word/document.xml', data: documentXml }]));
}

/** The placeholder key docx gives a list instance: the list's reference and instance, or its restart. */
function listKey(list: { reference: string; instance: number; restartedListId?: number }): string {
  return list.restartedListId === undefined ? `${list.reference}-${list.instance}` : `${list.reference}-restart ${list.restartedListId}`;
}
