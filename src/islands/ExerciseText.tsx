/**
 * A multiple-choice or short-answer exercise as an island. Everything is in the
 * server-rendered HTML (the options, an explanation for every option, the model
 * answer, in closed <details>); the island adds Check / Mark as answered and the
 * reader's progress (localStorage only).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../lib/book/book';
import { EX_UI, LETTERS } from '../lib/exercises/ui';
import { recordAttempt, type SaveResult } from '../lib/exercises/progress';
import { ExerciseHead, NotSaved, useProgress, type ExerciseHeadProps } from './exercise-parts';
import { StaticCheck } from './static-field';

export interface ChoiceOption {
  text: string;
  explanation: string;
  correct: boolean;
}

export interface ExerciseTextProps extends ExerciseHeadProps {
  kind: 'choice' | 'short';
  prompt: string;
  choices?: ChoiceOption[];
  answer?: string;
}

type Verdict = { verdict: 'correct' | 'incorrect'; choice: number } | { verdict: 'invalid' } | { verdict: 'marked' } | null;

function verdictLine(v: Verdict, lang: Lang, choices: ChoiceOption[]): string {
  const ui = EX_UI[lang];
  if (!v) return '';
  const sep = lang === 'zh' ? '' : ' ';
  switch (v.verdict) {
    case 'invalid':
      return `${ui.invalid}${sep}${ui.chooseOne}`;
    case 'marked':
      return ui.marked;
    case 'correct':
    case 'incorrect':
      return `${v.verdict === 'correct' ? ui.correct : ui.incorrect}${sep}${choices[v.choice]!.explanation}`;
  }
}

export default function ExerciseText(props: ExerciseTextProps) {
  const { id, lang, kind, prompt, choices = [], answer } = props;
  const ui = EX_UI[lang];
  const [hydrated, setHydrated] = useState(false);
  const [chosen, setChosen] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<Verdict>(null);
  const [saved, setSaved] = useState<SaveResult>('saved');
  const state = useProgress(id);
  useEffect(() => setHydrated(true), []);

  const onCheck = () => {
    if (chosen === null) {
      setSaved('saved');
      return setVerdict({ verdict: 'invalid' });
    }
    const ok = choices[chosen]!.correct;
    setVerdict({ verdict: ok ? 'correct' : 'incorrect', choice: chosen });
    setSaved(recordAttempt(id, ok ? 'solved' : 'attempted'));
  };

  const dataVerdict = verdict === null || verdict.verdict === 'marked' ? '' : verdict.verdict;

  return (
    <article class={`exercise exercise-${kind}`} aria-labelledby={id} data-exercise={id} data-kind={kind} data-hydrated={hydrated ? 'true' : 'false'}>
      <ExerciseHead {...props} state={state} hydrated={hydrated} />
      {kind === 'choice' ? (
        <>
          <fieldset class="exercise-choices">
            <legend class="exercise-prompt">{prompt}</legend>
            {choices.map((c, i) => (
              <div class="exercise-choice" key={i}>
                {hydrated ? (
                  <input
                    type="radio"
                    id={`${id}-opt-${i}`}
                    name={`${id}-choice`}
                    value={String(i)}
                    checked={chosen === i}
                    onChange={() => {
                      setChosen(i);
                      setVerdict(null);
                    }}
                  />
                ) : (
                  <StaticCheck checked={chosen === i} radio />
                )}
                <label for={`${id}-opt-${i}`}>
                  <span class="exercise-letter">{LETTERS[i]}.</span> {c.text}
                </label>
              </div>
            ))}
          </fieldset>
          <div class="exercise-answer">
            <button type="button" class="exercise-check" onClick={onCheck}>
              {ui.check}
            </button>
          </div>
          <p class="exercise-verdict" data-verdict={dataVerdict} role="status">
            {verdictLine(verdict, lang, choices)}
            {verdict && saved !== 'saved' && <NotSaved lang={lang} saved={saved} />}
          </p>
          <details class="exercise-solution">
            <summary>{ui.explanations}</summary>
            <ul class="exercise-explanations">
              {choices.map((c, i) => (
                <li key={i} data-correct={c.correct ? 'true' : 'false'}>
                  <strong>
                    {ui.optionExplanation(LETTERS[i]!)} {c.correct ? ui.correctOption : ui.wrongOption}.
                  </strong>{' '}
                  {c.explanation}
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : (
        <>
          <p class="exercise-prompt">{prompt}</p>
          <div class="exercise-answer">
            <button
              type="button"
              class="exercise-mark"
              onClick={() => {
                setSaved(recordAttempt(id, 'solved'));
                setVerdict({ verdict: 'marked' });
              }}
            >
              {ui.markDone}
            </button>
          </div>
          <p class="exercise-verdict" data-verdict="" role="status">
            {verdictLine(verdict, lang, choices)}
            {verdict && saved !== 'saved' && <NotSaved lang={lang} saved={saved} />}
          </p>
          <details
            class="exercise-solution"
            onToggle={(e) => {
              if ((e.currentTarget as HTMLDetailsElement).open) setSaved(recordAttempt(id, 'attempted'));
            }}
          >
            <summary>{ui.modelAnswer}</summary>
            <p>{answer}</p>
          </details>
        </>
      )}
    </article>
  );
}
