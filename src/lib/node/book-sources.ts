/**
 * The MDX sources of both editions, read at build time through Vite (for
 * pages that list ids: /go/ short links, embeds, the parallel view).
 */
import type { Lang } from '../book/book';
import { chapterBySlug } from '../book/book';
import { DuplicateIdError, duplicateIds, exerciseTargets, headingsOf, shortLinks, siteTargets, type LinkTarget, type ShortLink } from '../book/link-ids';
import { EXERCISES, exerciseNumber } from '../../data/exercises';
import { exampleDef } from '../examples/example-registry';
import { MOVES } from '../../data/moves';

const raw: Record<Lang, Record<string, string>> = {
  en: import.meta.glob('../../../content/en/*.mdx', { query: '?raw', import: 'default', eager: true }),
  zh: import.meta.glob('../../../content/zh/*.mdx', { query: '?raw', import: 'default', eager: true }),
};

function bySlug(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, src] of Object.entries(files)) {
    const name = path.split('/').pop()!.replace(/\.mdx$/, '');
    if (!name.startsWith('_')) out[name] = src;
  }
  return out;
}

export const SOURCES: Record<Lang, Record<string, string>> = { en: bySlug(raw.en), zh: bySlug(raw.zh) };

/** Every link target of the book (throws on a duplicate id, naming both files). */
export function bookTargets(): LinkTarget[] {
  siteTargets(SOURCES.zh, (s) => `content/zh/${s}.mdx`);
  const all = [...siteTargets(SOURCES.en), ...exerciseTargets(EXERCISES, SOURCES.en)];
  const dupes = duplicateIds(all);
  if (dupes.length > 0) throw new DuplicateIdError(`Link ids must be unique in the whole book:\n- ${dupes.join('\n- ')}`);
  return all;
}

/**
 * The short links: one per id (and an example's plain name), plus one per
 * declared move (src/data/moves.ts), `/go/<old id>/`, opening the new place.
 */
export function bookShortLinks(): ShortLink[] {
  const targets = bookTargets();
  const byId = new Map(targets.map((t) => [t.id, t]));
  const moved = MOVES.flatMap((m) => {
    const target = byId.get(m.to);
    return target ? [{ key: m.from, target }] : [];
  });
  return [...shortLinks(targets), ...moved];
}

/** Names of the examples that are not calculators (whose titles live in src/lib/examples/examples.ts). */
const OTHER_EXAMPLES: Record<string, Record<Lang, string>> = {
  'optimizer-playground': { en: 'Optimizer playground', zh: '优化器交互实验' },
  training: { en: 'Training lab', zh: '训练实验' },
  'tiny-lm': { en: 'Tiny language model lab', zh: '微型语言模型实验' },
};

const EQ_LABEL: Record<Lang, string> = { en: 'Equation', zh: '公式' };
const EXERCISE_LABEL: Record<Lang, string> = { en: 'Exercise', zh: '练习' };
const EXAMPLE_LABEL: Record<Lang, string> = { en: 'Example: ', zh: '示例：' };

/** Heading text of an id in one edition ("4.1.1 均方误差"). */
export function headingText(lang: Lang, slug: string, id: string | undefined): string | undefined {
  if (!id) return undefined;
  return headingsOf(slug, SOURCES[lang][slug] ?? '', lang).find((h) => h.id === id)?.text;
}

/** How a link target is named in an edition: a heading's text, "Equation (4.1)", an example's title. */
export function targetLabel(lang: Lang, t: LinkTarget): string {
  if (t.kind === 'heading') return headingText(lang, t.slug, t.id) ?? t.id;
  if (t.kind === 'equation') return `${EQ_LABEL[lang]} (${t.number})`;
  if (t.kind === 'exercise') return `${EXERCISE_LABEL[lang]} ${exerciseNumber(t.id)}`;
  const name = t.id.slice('example-'.length);
  const def = exampleDef(name);
  if (def) return `${EXAMPLE_LABEL[lang]}${def.title[lang]}`;
  if (OTHER_EXAMPLES[name]) return `${EXAMPLE_LABEL[lang]}${OTHER_EXAMPLES[name][lang]}`;
  const section = headingText(lang, t.slug, t.section);
  return section ? `${EXAMPLE_LABEL[lang]}${section.replace(/^[\d.]+\s+/, '')}` : `${EXAMPLE_LABEL[lang]}${name}`;
}

export function chapterTitle(lang: Lang, slug: string): string {
  const c = chapterBySlug(slug);
  if (!c) return slug;
  if (c.number === null) return c.title[lang];
  return lang === 'zh' ? `第 ${c.number} 章 ${c.title.zh}` : `Chapter ${c.number}: ${c.title.en}`;
}
