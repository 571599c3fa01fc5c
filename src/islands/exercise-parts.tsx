/**
 * Parts shared by the exercise islands: the header (number, difficulty, kind,
 * the reader's progress) and the links to the sections it practises.
 * Server-rendered with the same size as after hydration (the progress badge has
 * a fixed slot), so nothing below moves when the island wakes up.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../lib/book/book';
import { EX_UI } from '../lib/exercises/ui';
import { loadProgress, onProgress, type ProgressState, type SaveResult } from '../lib/exercises/progress';

export interface SectionLink {
  href: string;
  text: string;
}

export interface ExerciseHeadProps {
  id: string;
  lang: Lang;
  /** "Exercise 4.2" / "练习 4.2". */
  label: string;
  /** "Numeric · Difficulty: medium". */
  meta: string;
  sections: SectionLink[];
  /** Heading level (3 in a chapter, 1 on an embed page). */
  level?: 1 | 2 | 3;
  /**
   * In a chapter: the path of the exercise's embed page. Its title then has the
   * controls of a section heading: copy-link (`#<id>`), "Embed", "Cite".
   */
  embed?: string;
}

/** The stored state of one exercise, kept in step with other exercises and tabs. */
export function useProgress(id: string): ProgressState | undefined {
  const [state, setState] = useState<ProgressState | undefined>(undefined);
  useEffect(() => {
    const read = () => setState(loadProgress()[id]);
    read();
    return onProgress(read);
  }, [id]);
  return state;
}

/** After a verdict: the progress could not be kept (storage full, or none here), in the page's language. */
export function NotSaved({ lang, saved }: { lang: Lang; saved: Exclude<SaveResult, 'saved'> }) {
  return (
    <span class="exercise-not-saved" data-not-saved={saved}>
      {' '}
      {EX_UI[lang].notSaved[saved]}
    </span>
  );
}

/**
 * The exercise's title carries its id (`ex-4-2`), as a section's heading carries
 * the section's. In a chapter the title has a section heading's controls, in the
 * same wrapper class, so the page's scripts treat them alike: the copy-link
 * button (`a.sl-anchor-link`, src/scripts/reading.ts copies the URL), "Embed" (a
 * plain link; src/scripts/reading.ts adds the page's seed) and "Cite" (the Cite
 * panel reads the heading its `aria-describedby` names: src/scripts/cite-panel.ts).
 * The wrapper has no `level-h*` class: exercise titles are not sections.
 */
export function ExerciseHead({ id, lang, label, meta, sections, level = 3, embed, state, hydrated }: ExerciseHeadProps & { state: ProgressState | undefined; hydrated: boolean }) {
  const ui = EX_UI[lang];
  const H = `h${level}` as 'h3';
  return (
    <>
      <div class={embed ? 'exercise-head sl-heading-wrapper' : 'exercise-head'}>
        <H class="exercise-title" id={id}>
          {label}
        </H>
        {embed && (
          <>
            <a class="sl-anchor-link exercise-anchor" href={`#${id}`} data-pagefind-ignore="">
              <span class="exercise-anchor-icon" aria-hidden="true"></span>
              <span class="sr-only">{ui.copyLink(label)}</span>
            </a>
            <a class="exercise-embed" href={embed} data-pagefind-ignore="">
              {ui.embed}
              <span class="sr-only"> {label}</span>
            </a>
            <button type="button" class="cite-btn" aria-expanded="false" aria-describedby={id} data-pagefind-ignore="">
              {ui.cite}
            </button>
          </>
        )}
        <span class="exercise-meta">{meta}</span>
        <span class="exercise-progress" data-progress={hydrated ? (state ?? 'none') : ''}>
          {hydrated ? ui.state[state ?? 'none'] : ''}
        </span>
      </div>
      {sections.length > 0 && (
        <p class="exercise-sections">
          {ui.practises}{' '}
          {sections.map((s, i) => (
            <>
              {i > 0 && (lang === 'zh' ? '；' : '; ')}
              <a href={s.href} key={s.href}>
                {s.text}
              </a>
            </>
          ))}
        </p>
      )}
    </>
  );
}
