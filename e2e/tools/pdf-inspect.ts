/**
 * Reads what matters in a PDF printed by Chromium, with pdf-lib's low-level API:
 * page count, the outline (bookmarks), the named destinations (an element id →
 * its page), the fonts (name, embedded or not) and the document information. Used by `npm run pdf` (page
 * numbers for the contents, the embedded-font check) and by e2e/pdf.spec.ts.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, PDFNumber, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

export interface PdfFont {
  name: string;
  subtype: string;
  embedded: boolean;
  /** Characters of CJK scripts among the glyphs it carries (from its ToUnicode map). */
  cjkGlyphs: number;
}

export interface PdfFacts {
  pages: number;
  /** Bookmark titles with their depth (1 = top level) and page (1-based), in order. */
  outline: { title: string; depth: number; page: number | null }[];
  /** Named destination → page (1-based). */
  dests: Map<string, number>;
  fonts: PdfFont[];
  /** Document information (Info dictionary) and the catalog's /Lang. */
  meta: { title?: string; author?: string; subject?: string; keywords?: string; lang?: string };
}

const text = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

export async function inspectPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const pageIndex = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageIndex.set(p.ref.toString(), i + 1));
  const lookup = (o: unknown) => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const destPage = (d: unknown): number | null => {
    const arr = lookup(d);
    if (arr instanceof PDFArray) {
      const first = arr.get(0);
      if (first instanceof PDFRef) return pageIndex.get(first.toString()) ?? null;
      if (first instanceof PDFNumber) return first.asNumber() + 1;
    }
    if (arr instanceof PDFDict) return destPage(arr.get(PDFName.of('D')));
    return null;
  };

  const dests = new Map<string, number>();
  // Named destinations: the catalog's /Dests dictionary (PDF 1.1) or the /Names → /Dests name tree.
  const catalog = doc.catalog;
  const oldDests = lookup(catalog.get(PDFName.of('Dests')));
  if (oldDests instanceof PDFDict) {
    for (const [k, v] of oldDests.entries()) {
      const p = destPage(v);
      if (p !== null) dests.set(decodeURIComponent(k.decodeText()), p);
    }
  }
  const walkTree = (node: unknown) => {
    const n = lookup(node);
    if (!(n instanceof PDFDict)) return;
    const names = lookup(n.get(PDFName.of('Names')));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const k = text(names.get(i));
        const p = destPage(names.get(i + 1));
        if (k !== undefined && p !== null) dests.set(k, p);
      }
    }
    const kids = lookup(n.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walkTree(kids.get(i));
  };
  const nameDict = lookup(catalog.get(PDFName.of('Names')));
  if (nameDict instanceof PDFDict) walkTree(nameDict.get(PDFName.of('Dests')));

  const outline: PdfFacts['outline'] = [];
  const walkOutline = (first: unknown, depth: number) => {
    let item = lookup(first);
    let guard = 0;
    while (item instanceof PDFDict && guard++ < 100_000) {
      let page = destPage(item.get(PDFName.of('Dest')));
      if (page === null) {
        const action = lookup(item.get(PDFName.of('A')));
        if (action instanceof PDFDict) page = destPage(action.get(PDFName.of('D')));
      }
      outline.push({ title: text(item.get(PDFName.of('Title'))) ?? '', depth, page });
      walkOutline(item.get(PDFName.of('First')), depth + 1);
      item = lookup(item.get(PDFName.of('Next')));
    }
  };
  const outlines = lookup(catalog.get(PDFName.of('Outlines')));
  if (outlines instanceof PDFDict) walkOutline(outlines.get(PDFName.of('First')), 1);

  const fonts: PdfFont[] = [];
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const subtype = obj.get(PDFName.of('Subtype'))?.toString().slice(1) ?? '';
    if (subtype === 'Type0') continue; // its descendant CIDFont carries the descriptor
    const name = obj.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '';
    const desc = lookup(obj.get(PDFName.of('FontDescriptor')));
    const embedded =
      subtype === 'Type3' || (desc instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => desc.get(PDFName.of(k)) !== undefined));
    fonts.push({ name, subtype, embedded, cjkGlyphs: cjkInToUnicode(lookup(obj.get(PDFName.of('ToUnicode')))) });
  }
  const meta = { title: doc.getTitle(), author: doc.getAuthor(), subject: doc.getSubject(), keywords: doc.getKeywords(), lang: text(lookup(catalog.get(PDFName.of('Lang')))) };
  return { pages: doc.getPageCount(), outline, dests, fonts, meta };
}

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** How many CJK characters a ToUnicode CMap maps glyphs to (bfchar and bfrange targets). */
function cjkInToUnicode(stream: unknown): number {
  if (!(stream instanceof PDFRawStream)) return 0;
  const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
  let n = 0;
  for (const m of cmap.matchAll(/<([0-9a-fA-F]{4,8})>\s*(?:<[0-9a-fA-F]+>\s*)?\]?\s*$/gm)) {
    const hex = m[1]!;
    const cp = hex.length === 4 ? parseInt(hex, 16) : String.fromCharCode(parseInt(hex.slice(0, 4), 16), parseInt(hex.slice(4), 16)).codePointAt(0)!;
    if (CJK.test(String.fromCodePoint(cp))) n++;
  }
  return n;
}

/** Fonts of Noto CJK (Debian's fonts-noto-cjk: Noto Sans/Serif CJK). */
export const isCjkFont = (f: PdfFont) => /CJK/i.test(f.name) || f.cjkGlyphs > 0;
