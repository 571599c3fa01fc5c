/**
 * The exercises' data: ids, numbering, coverage, both languages, options and
 * explanations, the sections they practise, and the exercises' place in the
 * chapters (the h2 `exercises-<slug>` with <Exercises chapter="<slug>" /> at the end).
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAPTERS, chapterBySlug } from '../lib/book/book';
import { pageFacts } from '../lib/checks/parity';
import { exerciseTargets, duplicateIds, siteTargets } from '../lib/book/link-ids';
import { readEdition } from '../lib/node/parity-fs';
import { fillPrompt, paramsFor } from '../lib/exercises/registry';
import { isNumericKind } from '../lib/exercises/types';
import { EXERCISES, EXERCISE_CHAPTERS, exerciseNumber, type Exercise, type NumericExercise } from './exercises';

const source = (lang: 'en' | 'zh', slug: string) => {
  const f = new URL(`../../content/${lang}/${slug}.mdx`, import.meta.url);
  return existsSync(f) ? readFileSync(f, 'utf8') : undefined;
};

describe('exercises data', () => {
  it('ids are ex-<chapter number>-<n>, unique, numbered 1, 2, … in each chapter', () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const slug of EXERCISE_CHAPTERS) {
      const num = EXERCISE_CHAPTERS.indexOf(slug) + 1;
      const mine = EXERCISES.filter((e) => e.chapter === slug);
      expect(mine.map((e) => e.id)).toEqual(mine.map((_, i) => `ex-${num}-${i + 1}`));
    }
    expect(EXERCISES.every((e) => (EXERCISE_CHAPTERS as readonly string[]).includes(e.chapter))).toBe(true);
    expect(exerciseNumber('ex-4-2')).toBe('4.2');
  });

  it('the ids use the chapter numbers of the outline (8 = society, 9 = outlook once society is in book.ts)', () => {
    const hasSociety = chapterBySlug('society') !== undefined;
    for (const slug of EXERCISE_CHAPTERS) {
      const c = chapterBySlug(slug);
      const planned = EXERCISE_CHAPTERS.indexOf(slug) + 1;
      if (!c) continue; // society, before the merge
      // Before the merge, outlook is chapter 8 of book.ts; its exercises already carry their second-edition number 9.
      if (!hasSociety && slug === 'outlook') expect(c.number).toBe(planned - 1);
      else expect(c.number).toBe(planned);
    }
  });

  it('at least 3 per chapter 1–9, at least 30 in all, at least 10 numeric from chapters 3–5', () => {
    for (const slug of EXERCISE_CHAPTERS) expect(EXERCISES.filter((e) => e.chapter === slug).length, slug).toBeGreaterThanOrEqual(3);
    expect(EXERCISES.length).toBeGreaterThanOrEqual(30);
    const numeric = EXERCISES.filter((e) => isNumericKind(e.kind) && ['algorithms', 'math', 'practice'].includes(e.chapter));
    expect(numeric.length).toBeGreaterThanOrEqual(10);
    for (const kind of ['mse', 'cross-entropy', 'gd-step', 'momentum-step', 'adam-step', 'attention-weights', 'perplexity', 'dense-params', 'sampling', 'positional-encoding']) {
      expect(EXERCISES.some((e) => e.kind === kind), kind).toBe(true);
    }
    expect(EXERCISES.some((e) => e.sections.includes('algorithms#self-attention') && e.kind === 'attention-weights')).toBe(true);
    expect(EXERCISES.some((e) => e.sections.includes('algorithms#next-token-prediction') && e.kind === 'perplexity')).toBe(true);
    expect(EXERCISES.some((e) => e.sections.includes('algorithms#decoding') && e.kind === 'sampling')).toBe(true);
    expect(EXERCISES.some((e) => e.sections.includes('algorithms#positional-encoding') && e.kind === 'positional-encoding')).toBe(true);
  });

  it('every text is in both languages; choices have one correct option and an explanation for every option', () => {
    const texts = (e: Exercise) => [e.prompt, ...(e.kind === 'choice' ? e.choices.flatMap((c) => [c.text, c.explanation]) : []), ...(e.kind === 'short' ? [e.answer] : [])];
    for (const e of EXERCISES) {
      for (const t of texts(e)) {
        expect(t.en.trim().length, e.id).toBeGreaterThan(2);
        expect(t.zh.trim().length, e.id).toBeGreaterThan(1);
        expect(/[\u4e00-\u9fff]/.test(t.zh), `${e.id}: zh text has Chinese`).toBe(true);
        // American spelling in the English edition.
        expect(t.en, e.id).not.toMatch(/\b(optimis[aei]|organis[aei]|behaviour|modell|labelled|colour|generalis[aei]|memoris[aei]|normalis[aei]|regularis[aei])/i);
      }
      if (e.kind === 'choice') {
        expect(e.choices.length, e.id).toBeGreaterThanOrEqual(3);
        expect(e.choices.filter((c) => c.correct).length, e.id).toBe(1);
      }
    }
  });

  it('numeric prompts name only parameters the kind generates, the same ones in both languages', () => {
    for (const e of EXERCISES) {
      if (!isNumericKind(e.kind)) continue;
      const n = e as NumericExercise;
      const p = paramsFor({ id: n.id, kind: n.kind, settings: n.settings, tolerance: n.tolerance }, 1);
      for (const lang of ['en', 'zh'] as const) expect(fillPrompt(e.prompt[lang], p), `${e.id} ${lang}`).not.toMatch(/\{\w+\}/);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(e.prompt.zh), e.id).toEqual(names(e.prompt.en));
    }
  });

  it('every section an exercise practises exists in both editions', () => {
    for (const e of EXERCISES) {
      expect(e.sections.length, e.id).toBeGreaterThan(0);
      for (const ref of e.sections) {
        const [slug, id] = ref.split('#') as [string, string];
        for (const lang of ['en', 'zh'] as const) expect(pageFacts(source(lang, slug) ?? '').headingIds, `${e.id}: ${ref} (${lang})`).toContain(id);
      }
    }
  });

  it('each chapter with exercises ends with its h2 exercises-<slug> and the component, in both editions', () => {
    for (const c of CHAPTERS) {
      if (!EXERCISES.some((e) => e.chapter === c.slug)) continue;
      for (const lang of ['en', 'zh'] as const) {
        const src = source(lang, c.slug)!;
        const ids = pageFacts(src).headingIds;
        expect(ids.at(-1), `${lang}/${c.slug}`).toBe(`exercises-${c.slug}`);
        expect(src.trimEnd().endsWith(`<Exercises chapter="${c.slug}" />`), `${lang}/${c.slug}`).toBe(true);
      }
    }
  });

  it('exercise ids are link targets, unique with every other id of the book (/go/ex-4-2/)', () => {
    const en = readEdition(new URL('../../content/en', import.meta.url).pathname);
    const targets = [...siteTargets(en), ...exerciseTargets(EXERCISES, en)];
    expect(duplicateIds(targets)).toEqual([]);
    expect(targets.find((t) => t.id === 'ex-4-2')).toMatchObject({ kind: 'exercise', slug: 'math' });
    // A bad fixture: an exercise id that is also a heading id is reported.
    expect(duplicateIds([...targets, { id: 'mse', kind: 'exercise', slug: 'math', file: 'x' }])).toHaveLength(1);
  });
});
