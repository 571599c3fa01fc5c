/**
 * The errata are checked against their sources: every quote is verbatim in the
 * original article, every anchor points at a heading that exists in both
 * editions, and every computed value resolves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '../lib/book/book';
import { fillComputed } from '../lib/examples/computed-text';
import { pageFacts } from '../lib/checks/parity';
import { ERRATA } from './errata';

const ORIGINAL = readFileSync(new URL('./original-article.txt', import.meta.url), 'utf8');
const chapterSource = (lang: 'en' | 'zh', slug: string) =>
  readFileSync(new URL(`../../content/${lang}/${slug}.mdx`, import.meta.url), 'utf8');

/**
 * The quotes of an `original`: parts joined by ' / ' (e.g. the Chinese and the
 * English half). Within a part, ' … ' marks an elision: each fragment must be
 * verbatim, in the order given.
 */
function quoteParts(original: string): string[][] {
  return original.split(' / ').map((part) => part.split(' … '));
}

describe('errata', () => {
  it('has at least one erratum', () => {
    expect(ERRATA.length).toBeGreaterThan(0);
  });

  it('quotes the original article verbatim', () => {
    for (const e of ERRATA) {
      for (const fragments of quoteParts(e.original)) {
        let from = 0;
        for (const f of fragments) {
          expect(f.trim(), `erratum "${e.id}": empty quote fragment in ${JSON.stringify(e.original)}`).not.toBe('');
          const at = ORIGINAL.indexOf(f, from);
          expect(at, `erratum "${e.id}": not found verbatim in original-article.txt (after the previous fragment): ${JSON.stringify(f)}`).toBeGreaterThanOrEqual(0);
          from = at + f.length;
        }
      }
    }
  });

  it('has unique kebab-case ids', () => {
    const seen = new Set<string>();
    for (const e of ERRATA) {
      expect(e.id, `erratum id "${e.id}" is not kebab-case`).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(seen.has(e.id), `erratum id "${e.id}" is used twice`).toBe(false);
      seen.add(e.id);
    }
  });

  it('points at chapters of the book and at headings that exist in both editions', () => {
    const slugs = CHAPTERS.map((c) => c.slug);
    const headingIds = new Map<string, { en: string[]; zh: string[] }>();
    const idsOf = (slug: string) => {
      if (!headingIds.has(slug)) {
        headingIds.set(slug, {
          en: pageFacts(chapterSource('en', slug)).headingIds,
          zh: pageFacts(chapterSource('zh', slug)).headingIds,
        });
      }
      return headingIds.get(slug)!;
    };
    for (const e of ERRATA) {
      expect(slugs, `erratum "${e.id}": unknown chapter "${e.chapter}"`).toContain(e.chapter);
      if (e.section === undefined) continue;
      const ids = idsOf(e.chapter);
      expect(ids.en, `erratum "${e.id}": no heading {/*${e.section}*/} in content/en/${e.chapter}.mdx`).toContain(e.section);
      expect(ids.zh, `erratum "${e.id}": no heading {/*${e.section}*/} in content/zh/${e.chapter}.mdx`).toContain(e.section);
    }
  });

  it('has computed values that all resolve', () => {
    for (const e of ERRATA) {
      const texts = { 'correction.en': e.correction.en, 'correction.zh': e.correction.zh, 'why.en': e.why.en, 'why.zh': e.why.zh };
      for (const [field, text] of Object.entries(texts)) {
        expect(text.trim(), `erratum "${e.id}": ${field} is empty`).not.toBe('');
        let filled = '';
        expect(() => {
          filled = fillComputed(text);
        }, `erratum "${e.id}": ${field} has a token that does not resolve`).not.toThrow();
        expect(filled, `erratum "${e.id}": ${field} has a malformed {{…}} token`).not.toMatch(/\{\{|\}\}/);
      }
    }
  });
});
