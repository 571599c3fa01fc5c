/**
 * Build-time props of the exercise islands, from src/data/exercises.ts:
 * labels, the links to the sections an exercise practises (with their numbered
 * heading text), the seed-1 solution rendered with KaTeX.
 */
import type { Lang } from '../lib/book/book';
import { chapterBySlug } from '../lib/book/book';
import { headingText } from '../lib/node/book-sources';
import { chapterPath, withBase } from '../lib/book/paths';
import { EXERCISES, exerciseNumber, type Exercise } from '../data/exercises';
import { EX_UI, HINTS } from '../lib/exercises/messages';
import { KINDS, paramsFor, solutionTex } from '../lib/exercises/registry';
import { DEFAULT_SEED } from '../lib/exercises/seed';
import { isNumericKind } from '../lib/exercises/types';
import { renderTex } from '../lib/maths/tex';
import type { ExerciseNumericProps } from '../islands/ExerciseNumeric';
import { provide } from '../islands/ssr-html';
import type { ExerciseTextProps } from '../islands/ExerciseText';

/** Exercises whose chapter is in this build's outline (the `society` chapter may not be yet). */
export function publishedExercises(chapter?: string): Exercise[] {
  return EXERCISES.filter((e) => chapterBySlug(e.chapter) && (chapter === undefined || e.chapter === chapter));
}

export function exerciseLabel(lang: Lang, id: string): string {
  return `${EX_UI[lang].exercise} ${exerciseNumber(id)}`;
}

export function kindLabel(lang: Lang, e: Exercise): string {
  return EX_UI[lang].kindLabel[isNumericKind(e.kind) ? 'numeric' : e.kind]!;
}

/** Links to the sections an exercise practises; a section not (yet) in this build is left out. */
export function sectionLinks(lang: Lang, base: string, e: Exercise) {
  return e.sections.flatMap((ref) => {
    const [slug, id] = ref.split('#') as [string, string];
    const text = headingText(lang, slug, id);
    return text ? [{ href: chapterPath(base, lang, slug, id), text: `§${text}` }] : [];
  });
}

export type IslandProps = { numeric: true; props: ExerciseNumericProps } | { numeric: false; props: ExerciseTextProps };

export function islandProps(lang: Lang, base: string, e: Exercise, level: 1 | 2 | 3 = 3): IslandProps {
  const head = {
    id: e.id,
    lang,
    label: exerciseLabel(lang, e.id),
    meta: `${kindLabel(lang, e)} · ${EX_UI[lang].difficulty[e.difficulty]}`,
    sections: sectionLinks(lang, base, e),
    level,
    // In a chapter (level 3) the title has the copy-link, Embed and Cite controls.
    ...(level === 3 ? { embed: withBase(base, `${lang}/embed/exercise/${e.id}/`) } : {}),
  };
  if (e.kind === 'choice') {
    return { numeric: false, props: { ...head, kind: 'choice', prompt: e.prompt[lang], choices: e.choices.map((c) => ({ text: c.text[lang], explanation: c.explanation[lang], correct: c.correct === true })) } };
  }
  if (e.kind === 'short') return { numeric: false, props: { ...head, kind: 'short', prompt: e.prompt[lang], answer: e.answer[lang] } };
  const setup = { id: e.id, kind: e.kind, settings: e.settings, tolerance: e.tolerance };
  const params = paramsFor(setup, DEFAULT_SEED);
  // The seed-1 solution's HTML reaches the island's server render outside its props (src/islands/ssr-html.ts).
  provide(`${lang}:${e.id}`, solutionTex(e.kind, params).map((t) => renderTex(t, true)));
  // The hints this exercise can give (its kind's mistakes for its settings), in this language only.
  const codes = new Set<string>(['generic']);
  for (const seed of [1, 2, 3, 4, 5]) for (const m of (KINDS[e.kind] as unknown as { mistakes(p: unknown): { hint: string }[] }).mistakes(paramsFor(setup, seed))) codes.add(m.hint);
  const hints = Object.fromEntries([...codes].map((c) => [c, HINTS[c as keyof typeof HINTS][lang]]));
  return {
    numeric: true,
    props: {
      ...head,
      kind: e.kind,
      ...(e.settings ? { settings: e.settings } : {}),
      ...(e.tolerance !== undefined ? { tolerance: e.tolerance } : {}),
      prompt: e.prompt[lang],
      ssrKey: `${lang}:${e.id}`,
      hints,
    },
  };
}
