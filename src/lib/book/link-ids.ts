/**
 * The ids that courses link to, site-wide: every heading id, every display
 * equation id (`eq-…`) and every example figure (`example-<name>`) of every
 * chapter. They must be unique across the whole book, because a short link
 * `/go/<id>/` names one place without naming the chapter.
 *
 * Short-link rule: `/go/<id>/` opens the element with that id. An example's
 * plain name (`/go/gd/`) is accepted too when no id of the book is that name;
 * when one is (`mse` is also a heading), `/go/mse/` opens that heading and the
 * example itself is `/go/example-mse/`.
 *
 * Headings that components render (the bibliography's `ref-group-*`) are
 * headings like the others, placed after the MDX heading before the component
 * (src/lib/book/component-headings.ts).
 *
 * Pure: works on MDX sources (both editions have the same ids — the parity
 * check guarantees it — so the English sources are enough).
 */
import { CHAPTERS, chapterBySlug, type Lang } from './book';
import { componentUses, type ComponentUse } from './component-headings';
import { contentModel } from './content-model';
import { equationId, equationNumber } from './equations';
import { pageFacts } from '../checks/parity';

export type LinkKind = 'heading' | 'equation' | 'example' | 'exercise';

export interface LinkTarget {
  id: string;
  kind: LinkKind;
  /** The chapter (page slug) that holds the element. */
  slug: string;
  /** The source file, for error messages: "content/en/math.mdx". */
  file: string;
  /** Equations: their number, "4.1". */
  number?: string;
  /** Examples: the id of the heading of the section that holds it. */
  section?: string;
}

/** Every link target of one page, in document order per kind. */
export function pageTargets(slug: string, src: string, file = `content/en/${slug}.mdx`): LinkTarget[] {
  const facts = pageFacts(src);
  const chapter = chapterBySlug(slug)?.number ?? null;
  const headingIds = withComponentHeadings(
    facts.headingIds,
    componentUses(src),
    (id) => id,
    (h) => h.id,
  );
  return [
    ...headingIds.map((id) => ({ id, kind: 'heading' as const, slug, file })),
    ...facts.equationNames.map((name, i) => ({
      id: equationId(name || undefined, chapter, slug, i + 1),
      kind: 'equation' as const,
      slug,
      file,
      number: equationNumber(chapter, i + 1),
    })),
    ...facts.examples.map((name) => ({
      id: `example-${name}`,
      kind: 'example' as const,
      slug,
      file,
      section: exampleSections(src)[name],
    })),
  ];
}

/**
 * The headings of a page in document order: the MDX headings (`mdx`, each with
 * its id `idOf`), with the headings of each component use inserted after the
 * MDX heading that precedes the component (at the start when none does).
 */
export function withComponentHeadings<T>(
  mdx: readonly T[],
  uses: readonly ComponentUse[],
  idOf: (x: T) => string,
  make: (h: ComponentUse['headings'][number]) => T,
): T[] {
  const at = (after: string | undefined) => uses.filter((u) => u.after === after).flatMap((u) => u.headings.map(make));
  const out = [...at(undefined)];
  const seen = new Set<string>();
  for (const x of mdx) {
    out.push(x);
    const id = idOf(x);
    // A component after the first of two same ids (a duplicate the build reports anyway) is placed once.
    if (!seen.has(id)) out.push(...at(id));
    seen.add(id);
  }
  return out;
}

/** For each example of a page, the id of the heading it comes after. */
export function exampleSections(src: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const { name, tag } of contentModel(src).examples) {
    if (name && !(name in out)) out[name] = tag.after;
  }
  return out;
}

/**
 * The exercises as link targets (`ex-4-2` → its chapter), for the chapters
 * present in `sources`. Exercises live in src/data/exercises.ts, not in the MDX.
 */
export function exerciseTargets(exercises: readonly { id: string; chapter: string }[], sources: Record<string, string>, fileOf = (slug: string) => `content/en/${slug}.mdx`): LinkTarget[] {
  return exercises.filter((e) => e.chapter in sources).map((e) => ({ id: e.id, kind: 'exercise' as const, slug: e.chapter, file: `src/data/exercises.ts (${fileOf(e.chapter)})` }));
}

export class DuplicateIdError extends Error {}

/** The problems: one message per id used more than once, naming every file that uses it. */
export function duplicateIds(targets: readonly LinkTarget[]): string[] {
  const by = new Map<string, LinkTarget[]>();
  for (const t of targets) by.set(t.id, [...(by.get(t.id) ?? []), t]);
  const out: string[] = [];
  for (const [id, ts] of by) {
    if (ts.length < 2) continue;
    const where = ts.map((t) => `${t.file} (${t.kind})`).join(' and ');
    out.push(`id "${id}" is used more than once: ${where}`);
  }
  return out;
}

/**
 * All link targets of the book from the sources (`slug → MDX`), chapters in
 * book order. Throws when an id is used twice, naming both files.
 */
export function siteTargets(sources: Record<string, string>, fileOf = (slug: string) => `content/en/${slug}.mdx`): LinkTarget[] {
  const slugs = [
    ...CHAPTERS.map((c) => c.slug).filter((s) => s in sources),
    ...Object.keys(sources).filter((s) => !chapterBySlug(s)).sort(),
  ];
  const all = slugs.flatMap((slug) => pageTargets(slug, sources[slug]!, fileOf(slug)));
  const dupes = duplicateIds(all);
  if (dupes.length > 0) throw new DuplicateIdError(`Link ids must be unique in the whole book:\n- ${dupes.join('\n- ')}`);
  return all;
}

export interface ShortLink {
  /** The path segment after /go/. */
  key: string;
  target: LinkTarget;
}

/** The short links: one per id, plus an example's plain name when it is not an id. */
export function shortLinks(targets: readonly LinkTarget[]): ShortLink[] {
  const ids = new Set(targets.map((t) => t.id));
  const out: ShortLink[] = targets.map((t) => ({ key: t.id, target: t }));
  for (const t of targets) {
    if (t.kind !== 'example') continue;
    const name = t.id.slice('example-'.length);
    if (!ids.has(name)) out.push({ key: name, target: t });
  }
  return out;
}

export interface HeadingInfo {
  id: string;
  depth: number;
  /** Plain text of the heading, with its section number when it has one: "4.1.1 Mean squared error". */
  text: string;
  /** Set on a heading a component renders (`ReferenceList`): not a section of the page (no section wrapper, controls or parallel pair). */
  component?: string;
}

/**
 * The headings h2–h4 of a page with their plain text, numbered as on the page (h2/h3 of numbered chapters),
 * and the headings its components render (their titles in `lang`, the language of `src`; never numbered).
 */
export function headingsOf(slug: string, src: string, lang: Lang = 'en'): HeadingInfo[] {
  const chapter = chapterBySlug(slug)?.number ?? null;
  const out: HeadingInfo[] = [];
  let h2 = 0;
  let h3 = 0;
  for (const h of contentModel(src).headings) {
    if (h.id === undefined) continue;
    const depth = h.level;
    const plain = h.text
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '')
      .replace(/\\([{}<>])/g, '$1')
      .trim();
    let num = '';
    if (chapter !== null && depth === 2) {
      h2 += 1;
      h3 = 0;
      num = `${chapter}.${h2} `;
    } else if (chapter !== null && depth === 3) {
      h3 += 1;
      num = `${chapter}.${h2}.${h3} `;
    }
    out.push({ id: h.id, depth, text: `${num}${plain}` });
  }
  return withComponentHeadings(out, componentUses(src), (h) => h.id, (h) => ({ id: h.id, depth: h.depth, text: h.title[lang], component: h.component }));
}
