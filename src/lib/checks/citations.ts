/**
 * The reference gates: every <Cite id="…"> names an entry of
 * src/data/references.ts, every entry is cited somewhere, and the bibliography
 * (src/components/ReferenceList.astro) lists exactly the cited works.
 * Pure functions over source texts; the tests and the bibliography feed them
 * the chapters (content/en, content/zh).
 */
export interface SourceText {
  /** Path shown in messages, e.g. "content/en/math.mdx". */
  file: string;
  text: string;
}

export interface CiteUse {
  file: string;
  line: number;
  id: string;
}

/**
 * Blank out MDX comments and code (keeping line numbers): a Cite there is not a
 * citation. In a TypeScript data file, comments are blanked too.
 */
function citableText(text: string, file: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  if (/\.[cm]?tsx?$/.test(file)) text = text.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/^\s*\/\/[^\n]*$/gm, blank);
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/`[^`\n]*`/g, blank);
}

/** Every <Cite id="…"> (or id='…') in a source, with its line. */
export function citeUses(source: SourceText): CiteUse[] {
  const uses: CiteUse[] = [];
  citableText(source.text, source.file)
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(/<Cite\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g)) {
        uses.push({ file: source.file, line: i + 1, id: (m[1] ?? m[2] ?? m[3])! });
      }
    });
  return uses;
}

export interface CitationReport {
  /** "file:line: <Cite id="x"> names no entry in src/data/references.ts" */
  unknown: string[];
  /** "reference "x" (src/data/references.ts:N) is never cited …" */
  uncited: string[];
  /** "reference id "x" is defined twice …" */
  duplicates: string[];
}

/**
 * Checks citations against the reference list. `refLines` maps an id to the
 * line of its entry in references.ts (for messages), when known.
 */
export function citationReport(
  sources: readonly SourceText[],
  refIds: readonly string[],
  refLines: ReadonlyMap<string, number> = new Map(),
): CitationReport {
  const known = new Set(refIds);
  const uses = sources.flatMap(citeUses);
  const cited = new Set(uses.map((u) => u.id));
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const id of refIds) {
    if (seen.has(id)) duplicates.push(`reference id "${id}" is defined twice in src/data/references.ts`);
    seen.add(id);
  }
  const where = (id: string) => (refLines.has(id) ? `src/data/references.ts:${refLines.get(id)}` : 'src/data/references.ts');
  return {
    unknown: uses.filter((u) => !known.has(u.id)).map((u) => `${u.file}:${u.line}: <Cite id="${u.id}"> names no entry in src/data/references.ts`),
    uncited: [...known]
      .filter((id) => !cited.has(id))
      .map((id) => `reference "${id}" (${where(id)}) is never cited: cite it with <Cite id="${id}" /> where it belongs, or remove it`),
    duplicates,
  };
}

/** The ids cited in the given sources, in order of first citation. */
export function citedIds(sources: readonly SourceText[]): string[] {
  return [...new Set(sources.flatMap(citeUses).map((u) => u.id))];
}

/** The bibliography: exactly the references cited in the sources. */
export function bibliography<R extends { id: string }>(refs: readonly R[], sources: readonly SourceText[]): R[] {
  const cited = new Set(citedIds(sources));
  return refs.filter((r) => cited.has(r.id));
}

/** Line of each `id: '…'` in the source of references.ts. */
export function referenceLines(referencesSource: string): Map<string, number> {
  const lines = new Map<string, number>();
  referencesSource.split('\n').forEach((l, i) => {
    const m = /^\s*id:\s*'([^']+)'/.exec(l);
    if (m && !lines.has(m[1]!)) lines.set(m[1]!, i + 1);
  });
  return lines;
}
