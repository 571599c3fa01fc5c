/**
 * What `npm run pdf` changes in the PDF Chromium prints (with pdf-lib), and what the
 * check compares it with:
 * - Bookmarks: Chromium takes a bookmark's title from the heading as laid out and drops
 *   the space where the heading wraps ("… ofFoundation Models"). Each title is replaced by
 *   its heading's text from the print edition (matched with whitespace ignored); a bookmark
 *   that matches no book heading (the headings inside the labs' interface: "Results",
 *   "Runtime", "Console") is removed, its children (none today) moving up in its place.
 * - Document information: title (the book's, without the site's " | …" suffix), author,
 *   subject (the edition and its date), keywords, language.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The book's headings in the print edition's HTML, in order: every h1–h6 with an id in
 * `<main>`, except those inside a `<figure>` (the examples' and labs' own interface).
 * A scan of the markup, not a parse: the page is the whole book (a DOM parse took
 * 15 s per edition on the shared machine).
 */
export function bookHeadings(html: string): string[] {
  const from = html.indexOf('<main');
  const to = html.indexOf('</main>', from);
  const main = html.slice(from, to === -1 ? undefined : to);
  const out: string[] = [];
  let figures = 0;
  for (const m of main.matchAll(/<figure\b|<\/figure>|<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/g)) {
    if (m[0] === '</figure>') figures = Math.max(0, figures - 1);
    else if (m[1] === undefined) figures++;
    else if (figures === 0 && /\sid="[^"]+"/.test(m[2]!)) out.push(decode(m[3]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim());
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

interface Node {
  dict: PDFDict;
  ref: PDFRef;
  children: Node[];
}

export async function finishPdf(bytes: Uint8Array, headings: string[], meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const get = (d: PDFDict, k: string) => d.get(PDFName.of(k));
  const lookupDict = (o: unknown) => (o instanceof PDFRef ? ctx.lookup(o, PDFDict) : undefined);

  const outlines = lookupDict(get(doc.catalog, 'Outlines'));
  if (outlines) {
    const read = (first: unknown): Node[] => {
      const out: Node[] = [];
      let ref = first instanceof PDFRef ? first : undefined;
      let guard = 0;
      while (ref && guard++ < 100_000) {
        const dict = ctx.lookup(ref, PDFDict);
        out.push({ dict, ref, children: read(get(dict, 'First')) });
        const next = get(dict, 'Next');
        ref = next instanceof PDFRef ? next : undefined;
      }
      return out;
    };
    const byKey = new Map<string, string[]>();
    for (const h of headings) byKey.set(squash(h), [...(byKey.get(squash(h)) ?? []), h]);
    const fix = (nodes: Node[]): Node[] =>
      nodes.flatMap((n) => {
        n.children = fix(n.children);
        const raw = get(n.dict, 'Title');
        const title = raw instanceof PDFString || raw instanceof PDFHexString ? raw.decodeText() : '';
        const heading = byKey.get(squash(title))?.[0];
        if (heading === undefined) return n.children;
        n.dict.set(PDFName.of('Title'), PDFHexString.fromText(heading));
        return [n];
      });
    /** Links the children under `parent`; returns how many items show when `parent` is open. */
    const link = (parent: PDFDict, parentRef: PDFRef, kids: Node[]): number => {
      for (const k of ['First', 'Last', 'Count']) parent.delete(PDFName.of(k));
      if (kids.length === 0) return 0;
      parent.set(PDFName.of('First'), kids[0]!.ref);
      parent.set(PDFName.of('Last'), kids[kids.length - 1]!.ref);
      let shown = 0;
      kids.forEach((n, i) => {
        const wasCount = get(n.dict, 'Count');
        const open = !(wasCount instanceof PDFNumber && wasCount.asNumber() < 0);
        n.dict.set(PDFName.of('Parent'), parentRef);
        for (const k of ['Prev', 'Next']) n.dict.delete(PDFName.of(k));
        if (i > 0) n.dict.set(PDFName.of('Prev'), kids[i - 1]!.ref);
        if (i < kids.length - 1) n.dict.set(PDFName.of('Next'), kids[i + 1]!.ref);
        const below = link(n.dict, n.ref, n.children);
        if (below > 0) n.dict.set(PDFName.of('Count'), PDFNumber.of(open ? below : -below));
        shown += 1 + (open ? below : 0);
      });
      parent.set(PDFName.of('Count'), PDFNumber.of(shown));
      return shown;
    };
    const rootRef = get(doc.catalog, 'Outlines') as PDFRef;
    link(outlines, rootRef, fix(read(get(outlines, 'First'))));
  }

  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.lang);
  doc.setCreator('npm run pdf (Chromium, pdf-lib)');
  return doc.save({ useObjectStreams: false });
}
