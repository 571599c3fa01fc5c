/**
 * Estimated reading time of a chapter or a section, from its MDX source. Pure.
 *
 * The rule (stated on the course page and in docs/course-kit.md): the prose of the section (its
 * heading's text up to the next heading of the same or a higher level, subsections included;
 * a chapter: the whole page) with code blocks, display and inline formulas, import lines, MDX
 * comments, tags and link addresses removed, then
 * - English: words ÷ 200 per minute;
 * - Chinese: Han characters ÷ 300 per minute, plus the Latin words among them ÷ 200 per minute;
 * rounded up to whole minutes, at least 1. Formulas, worked examples and exercises take as long
 * as a reader works on them, which no rate can tell: they are not counted.
 */
import type { Lang } from '../book/book';

export const WORDS_PER_MINUTE = 200;
export const HAN_PER_MINUTE = 300;

/** The MDX source of a section (`id`), or of the whole page (`id` undefined); "" for an unknown id. */
export function sectionSource(src: string, id?: string): string {
  const body = src.replace(/^---\n[\s\S]*?\n---\n/, '');
  if (id === undefined) return body;
  const lines = body.split(/\r?\n/);
  let depth = 0;
  let fence: string | null = null;
  const out: string[] = [];
  for (const line of lines) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    const inFence = fence !== null;
    if (fence) {
      if (f && f[1]!.startsWith(fence)) fence = null;
    } else if (f) fence = f[1]!;
    const h = !inFence && !f ? /^(#{1,6})\s+.*?\{\/\*\s*([^*]*?)\s*\*\/\}\s*$/.exec(line) : null;
    if (depth === 0) {
      if (h && h[2] === id) {
        depth = h[1]!.length;
        out.push(line);
      }
      continue;
    }
    if (h && h[1]!.length <= depth) break;
    out.push(line);
  }
  return out.join('\n');
}

/** The readable prose of MDX source: no code, formulas, imports, comments, tags or link targets. */
export function prose(mdx: string): string {
  return mdx
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1[^\n]*$/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/^import\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/`[^`\n]*`/g, ' ');
}

export interface TextCount {
  words: number;
  han: number;
}

/** Latin-script words (digits count as words) and Han characters of a text. */
export function countText(text: string): TextCount {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return { words, han };
}

/** Minutes to read a text in an edition, by the rule above (0 for a text with nothing to read). */
export function readingMinutes(count: TextCount, lang: Lang): number {
  const m = lang === 'zh' ? count.han / HAN_PER_MINUTE + count.words / WORDS_PER_MINUTE : count.words / WORDS_PER_MINUTE;
  if (count.words + count.han === 0) return 0;
  return Math.max(1, Math.ceil(m));
}

/** Minutes to read the section `id` (or the page) of an MDX source. */
export function sectionMinutes(src: string, lang: Lang, id?: string): number {
  return readingMinutes(countText(prose(sectionSource(src, id))), lang);
}
