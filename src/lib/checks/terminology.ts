/**
 * One terminology: the glossary (src/data/glossary.ts) names each term once per
 * language, and lists the names the book does not use (`variants`). This module
 * finds those variants in a text, naming the line and the preferred term.
 *
 * Matching:
 * - Chinese: plain substring search, after the preferred name and every other
 *   glossary name that contains the variant have been masked, so that a
 *   variant which is part of a correct name (e.g. 批大小 inside a hypothetical
 *   小批大小) never matches; the preferred name itself can never match.
 * - English: case-insensitive, at the start of a word (so "optimiser" also finds
 *   "Optimisers"), never inside another word ("reoptimiser" is not a hit), and
 *   again after masking the allowed names.
 * - Skipped: fenced code blocks, inline `code`, MDX comments {/* … *\/} and
 *   import lines, where a variant can be a code identifier or an id.
 */
import type { GlossaryEntry } from '../../data/glossary';

export type TermLang = 'en' | 'zh';

export interface VariantHit {
  file: string;
  line: number;
  lang: TermLang;
  variant: string;
  preferred: string;
  term: string;
}

interface Rule {
  term: string;
  variant: string;
  preferred: string;
  /** Glossary names (any term) that contain the variant: masked before matching. */
  allowed: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rules(glossary: readonly GlossaryEntry[], lang: TermLang): Rule[] {
  const names = glossary.flatMap((e) => [e[lang], ...(lang === 'en' ? (e.aliases ?? []) : [])]);
  const out: Rule[] = [];
  for (const e of glossary) {
    for (const variant of e.variants?.[lang] ?? []) {
      const fold = (s: string) => (lang === 'en' ? s.toLowerCase() : s);
      const allowed = names.filter((n) => n !== variant && fold(n).includes(fold(variant)));
      out.push({ term: e.id, variant, preferred: e[lang], allowed });
    }
  }
  return out;
}

/** Replace code, MDX comments and import lines with spaces (keeps line numbers). */
export function proseOnly(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/^import [^\n]*$/gm, blank);
}

/** Every glossary variant in `text` (a chapter's source), with its line number. */
export function findTermVariants(
  file: string,
  text: string,
  lang: TermLang,
  glossary: readonly GlossaryEntry[],
): VariantHit[] {
  const hits: VariantHit[] = [];
  const lines = proseOnly(text).split('\n');
  for (const rule of rules(glossary, lang)) {
    const flags = lang === 'en' ? 'gi' : 'g';
    const mask = rule.allowed.length
      ? new RegExp(rule.allowed.sort((a, b) => b.length - a.length).map(escapeRe).join('|'), flags)
      : null;
    const find =
      lang === 'en'
        ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(rule.variant)}`, 'giu')
        : new RegExp(escapeRe(rule.variant), 'g');
    lines.forEach((raw, i) => {
      const line = mask ? raw.replace(mask, (m) => '\u0000'.repeat(m.length)) : raw;
      for (const _ of line.matchAll(find)) {
        hits.push({ file, line: i + 1, lang, variant: rule.variant, preferred: rule.preferred, term: rule.term });
      }
    });
  }
  return hits.sort((a, b) => a.line - b.line);
}

export function formatVariantHit(h: VariantHit): string {
  return `${h.file}:${h.line}: "${h.variant}" is not the book's term; use the glossary's "${h.preferred}" (term "${h.term}")`;
}
