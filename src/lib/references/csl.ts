/**
 * Citations formatted by citeproc-js with the official CSL styles: APA 7th
 * edition (`apa.csl`) and GB/T 7714—2015 author-date, with the en-US and zh-CN
 * locales (src/data/csl/, vendored, CC BY-SA 3.0). The style and locale files
 * are bundled as strings at build time; nothing is requested at run time.
 *
 * citeproc is large (see docs/performance.md): only modules that the reader
 * loads on demand (the Cite panel) or that run at build time import this one.
 * Pure apart from citeproc's own engine state, which lives in each call.
 */
import CSL, { type Engine } from 'citeproc';
import type { Lang } from '../book/book';

export type CslName = { family: string; given?: string } | { literal: string };

/** A CSL-JSON item (the fields this book uses; CSL-JSON allows more). */
export interface CslItem {
  id: string;
  type: 'book' | 'chapter' | 'article-journal' | 'paper-conference' | 'article' | 'software' | 'webpage';
  title: string;
  author?: CslName[];
  'container-author'?: CslName[];
  'container-title'?: string;
  publisher?: string;
  edition?: string;
  issued?: { 'date-parts': [number, number?, number?][] };
  accessed?: { 'date-parts': [number, number?, number?][] };
  URL?: string;
  DOI?: string;
  ISBN?: string;
  number?: string;
  section?: string;
  language?: string;
  note?: string;
}

export type CslStyle = 'apa' | 'gbt';

/**
 * The style and locale files by name, bundled as strings by Vite. Outside Vite (Playwright's
 * loader, for the e2e tests' expected strings) `import.meta.glob` does not exist: those callers
 * hand the same files over with useCslFiles.
 */
let FILES: Record<string, string> = {};
try {
  FILES = Object.fromEntries(
    Object.entries(import.meta.glob('../../data/csl/*.{csl,xml}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>).map(([path, text]) => [
      path.slice(path.lastIndexOf('/') + 1),
      text,
    ]),
  );
} catch {
  FILES = {};
}

/** Outside Vite: the contents of src/data/csl/ by file name. */
export function useCslFiles(files: Record<string, string>): void {
  FILES = { ...files };
  ENGINES.clear();
}

const STYLE_FILE: Record<CslStyle, string> = { apa: 'apa.csl', gbt: 'china-national-standard-gb-t-7714-2015-author-date.csl' };

function file(name: string): string {
  const text = FILES[name];
  if (!text) throw new Error(`CSL file ${name} is not bundled (src/data/csl/)`);
  return text;
}

export const CSL_LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

let serial = 0;
/** One engine per style and language, built on first use (building one from a style is the slow part); the items change per call. */
const ENGINES = new Map<string, { engine: Engine; items: Map<string, CslItem> }>();

function engine(style: CslStyle, lang: Lang, items: readonly CslItem[]): Engine {
  const key = `${style} ${lang}`;
  let e = ENGINES.get(key);
  if (!e) {
    const current = new Map<string, CslItem>();
    const sys = {
      retrieveLocale: (l: string) => file(`locales-${l.startsWith('zh') ? 'zh-CN' : 'en-US'}.xml`),
      // citeproc annotates the items it is given: hand it a copy.
      retrieveItem: (id: string) => structuredClone(current.get(id)),
    };
    const engine = new CSL.Engine(sys, file(STYLE_FILE[style]), CSL_LOCALE[lang], true);
    engine.setOutputFormat('text');
    e = { engine, items: current };
    ENGINES.set(key, e);
  }
  // citeproc keeps the items it has loaded, by id: each call's items get ids of their own.
  e.items.clear();
  const ids = items.map((i) => {
    const id = `${i.id}\u0000${++serial}`;
    e!.items.set(id, { ...i, id });
    return id;
  });
  if (new Set(items.map((i) => i.id)).size !== items.length) throw new Error('citeproc: two items with the same id');
  e.engine.updateItems(ids);
  return e.engine;
}

/** The bibliography entries of `items` in the style's order, as plain text (one string per entry). */
export function cslBibliography(style: CslStyle, lang: Lang, items: readonly CslItem[]): string[] {
  if (items.length === 0) return [];
  const bib = engine(style, lang, items).makeBibliography();
  if (!bib) throw new Error(`citeproc: the ${style} style made no bibliography`);
  return bib[1].map((s) => s.replace(/\s+/g, ' ').trim());
}

/** The in-text citation of one item, e.g. "(Author, 2026, Section 4.2.3)". */
export function cslCitation(style: CslStyle, lang: Lang, item: CslItem, locator?: { label: string; value: string }): string {
  const e = engine(style, lang, [item]);
  const id = `${item.id}\u0000${serial}`;
  return e.makeCitationCluster([{ id, ...(locator ? { locator: locator.value, label: locator.label } : {}) }]).trim();
}
