/**
 * The part of citeproc-js (the `citeproc` package, which ships no types) that
 * src/lib/references/csl.ts uses: an engine built from a style and a locale, fed CSL-JSON
 * items, asked for a bibliography or a citation cluster.
 */
declare module 'citeproc' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  export interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }
  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): false | [{ bibstart: string; bibend: string; entry_ids: string[][] }, string[]];
    makeCitationCluster(items: CitationItem[]): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
