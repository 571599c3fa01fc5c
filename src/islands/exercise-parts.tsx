/**
 * Parts shared by the exercise islands: the header (number, difficulty, kind,
 * the reader's progress) and the links to the sections it practises.
 * Server-rendered with the same size as after hydration (the progress badge has
 * a fixed slot), so nothing below moves when the island wakes up.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../lib/book';
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

export function ExerciseHead({ id, lang, label, meta, sections, level = 3, state, hydrated }: ExerciseHeadProps & { state: ProgressState | undefined; hydrated: boolean }) {
  const ui = EX_UI[lang];
  const H = `h${level}` as 'h3';
  return (
    <>
      <div class="exercise-head">
        <H class="exercise-title" id={`${id}-title`}>
          {label}
        </H>
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
