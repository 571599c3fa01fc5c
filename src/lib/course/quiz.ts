/**
 * The quiz bank of a reading list, shared by the Moodle XML and GIFT exports: the listed exercises
 * as questions, grouped by module, in list order. Every number comes from the exercise engine
 * exactly as the page computes it (src/lib/exercises): for seed s, `paramsFor(setup, s)` is what the
 * page shows with `?ex.seed=s`, `answerFor` its exact answer, `toleranceFor` its relative tolerance,
 * `solutionTex` its worked solution, and `absoluteTolerance` turns the page's acceptance rule
 * |a − x| ≤ rtol·|x| + atol into the absolute tolerance that Moodle's numerical questions take.
 *
 * - Numeric exercise: `variants` versions, seeds 1…variants, named `ex-4-1 seed 3`. A vector answer
 *   becomes one numerical question per value, named `ex-4-4 seed 3 [2]` (value 2 of 3, counting
 *   from 1), its text saying which value to give.
 * - Choice exercise: one single-answer multiple-choice question, each option with its explanation
 *   as feedback. Short-answer exercise: one essay question, the model answer as feedback (and as
 *   grader information in Moodle XML): a free-text answer is graded by a person.
 * - Other items (sections, equations, examples) have no question; the files say how many.
 *
 * Texts are HTML built from escaped text; the worked solution is TeX in `\[ … \]`, which Moodle's
 * MathJax filter typesets (and which reads as TeX where no filter is on).
 */
import type { Lang } from '../book/book';
import { EXERCISES, type Exercise, type NumericExercise } from '../../data/exercises';
import { absoluteTolerance } from '../exercises/engine';
import { answerFor, answerString, fillPrompt, paramsFor, solutionTex, toleranceFor } from '../exercises/registry';
import { EX_UI } from '../exercises/messages';
import { isNumericKind } from '../exercises/types';
import type { ExportInput } from './types';
import { listTitle } from './export-common';
import { xmlEscape } from './xml-escape';

/** Seeded versions per numeric exercise when the list does not give a usable number. */
export const DEFAULT_VARIANTS = 5;
/** The most versions per exercise a bank holds (a bound on the file's size). */
export const MAX_VARIANTS = 50;

export interface NumericalQuestion {
  type: 'numerical';
  name: string;
  /** HTML. */
  text: string;
  answer: number;
  /** Absolute: the answer counts as correct within ± tolerance (0: exact). */
  tolerance: number;
  /** HTML: the worked solution and the answer. */
  feedback: string;
  exercise: string;
  seed: number;
  /** For one value of a vector answer: its position (from 1) and the vector's length. */
  component?: { index: number; of: number };
}

export interface ChoiceQuestion {
  type: 'multichoice';
  name: string;
  text: string;
  choices: { text: string; correct: boolean; feedback: string }[];
  exercise: string;
}

/** A text without an answer: the note that the list has no exercises (a bank needs one question). */
export interface DescriptionQuestion {
  type: 'description';
  name: string;
  text: string;
}

export interface EssayQuestion {
  type: 'essay';
  name: string;
  text: string;
  /** HTML: the model answer. */
  feedback: string;
  exercise: string;
}

export type QuizQuestion = NumericalQuestion | ChoiceQuestion | EssayQuestion | DescriptionQuestion;

export interface QuizCategory {
  /** Category names from the top: the list's title, then the module's title. */
  path: string[];
  questions: QuizQuestion[];
}

export interface QuizBank {
  categories: QuizCategory[];
  variants: number;
  /** Listed items that are not exercises (no question), counted for the file's comment. */
  skipped: number;
}

const STRINGS: Record<Lang, { value: (k: number, n: number) => string; skipped: (n: number) => string; generated: string; none: string; noneName: string }> = {
  en: {
    none: 'This reading list has no exercises, so this bank has no questions.',
    noneName: 'No exercises',
    value: (k, n) => `Give value ${k} of the ${n} values of the answer (in order, counting from 1).`,
    skipped: (n) => `${n} listed item${n === 1 ? ' is' : 's are'} not an exercise and ${n === 1 ? 'has' : 'have'} no question here.`,
    generated: 'Generated from the book’s exercise engine: the version named “seed s” has the numbers the exercise shows with ?ex.seed=s.',
  },
  zh: {
    none: '这份阅读清单中没有练习，因此题库中没有题目。',
    noneName: '没有练习',
    value: (k, n) => `请只填答案 ${n} 个值中的第 ${k} 个（按顺序，从 1 开始计数）。`,
    skipped: (n) => `清单中有 ${n} 个条目不是练习，这里没有对应的题目。`,
    generated: '由本书的练习引擎生成：名为“seed s”的版本与练习在 ?ex.seed=s 时显示的数值相同。',
  },
};

export function quizStrings(lang: Lang) {
  return STRINGS[lang];
}

/** The number of versions: a whole number from 1 to MAX_VARIANTS, else the default. */
export function variantCount(v: number): number {
  if (!Number.isInteger(v) || v < 1) return DEFAULT_VARIANTS;
  return Math.min(v, MAX_VARIANTS);
}

const p = (html: string) => `<p>${html}</p>`;

function numericQuestions(e: NumericExercise, lang: Lang, variants: number): NumericalQuestion[] {
  const ui = EX_UI[lang];
  const setup = { id: e.id, kind: e.kind, settings: e.settings, tolerance: e.tolerance };
  const rtol = toleranceFor(setup);
  const out: NumericalQuestion[] = [];
  for (let seed = 1; seed <= variants; seed++) {
    const params = paramsFor(setup, seed);
    const answer = answerFor(e.kind, params);
    const prompt = p(xmlEscape(fillPrompt(e.prompt[lang], params)));
    const feedback = [
      p(`<strong>${xmlEscape(ui.solution)}</strong>`),
      ...solutionTex(e.kind, params).map((t) => p(`\\[${xmlEscape(t)}\\]`)),
      p(`${xmlEscape(ui.answerIs)}${/[:：]$/.test(ui.answerIs) && lang === 'zh' ? '' : ' '}${xmlEscape(answerString(e.kind, params))}`),
    ].join('');
    const base = `${e.id} seed ${seed}`;
    const values = typeof answer === 'number' ? [answer] : answer;
    values.forEach((x, i) => {
      const vector = typeof answer !== 'number';
      out.push({
        type: 'numerical',
        name: vector ? `${base} [${i + 1}]` : base,
        text: prompt + (vector ? p(xmlEscape(STRINGS[lang].value(i + 1, values.length))) : '') + p(xmlEscape(ui.tolerance(rtol))),
        answer: x,
        tolerance: absoluteTolerance(x, rtol),
        feedback,
        exercise: e.id,
        seed,
        ...(vector ? { component: { index: i + 1, of: values.length } } : {}),
      });
    });
  }
  return out;
}

function questionsOf(e: Exercise, lang: Lang, variants: number): QuizQuestion[] {
  if (e.kind === 'choice') {
    return [
      {
        type: 'multichoice',
        name: e.id,
        text: p(xmlEscape(e.prompt[lang])),
        choices: e.choices.map((c) => ({ text: xmlEscape(c.text[lang]), correct: c.correct === true, feedback: xmlEscape(c.explanation[lang]) })),
        exercise: e.id,
      },
    ];
  }
  if (e.kind === 'short') {
    const ui = EX_UI[lang];
    return [{ type: 'essay', name: e.id, text: p(xmlEscape(e.prompt[lang])), feedback: p(`<strong>${xmlEscape(ui.modelAnswer)}</strong>`) + p(xmlEscape(e.answer[lang])), exercise: e.id }];
  }
  if (isNumericKind(e.kind)) return numericQuestions(e, lang, variants);
  return [];
}

/**
 * The bank: one category per module that has exercises, in order, the questions in list order.
 * A list without exercises gives one category (the list's title) holding one description saying
 * so: an import file without any question is refused by Moodle and by GIFT parsers.
 */
export function quizBank(input: ExportInput): QuizBank {
  const variants = variantCount(input.variants);
  const title = listTitle(input);
  let skipped = 0;
  const categories = input.modules.map((m): QuizCategory => {
    const questions: QuizQuestion[] = [];
    for (const it of m.items) {
      const e = it.target.kind === 'exercise' ? EXERCISES.find((x) => x.id === it.target.id) : undefined;
      if (!e) {
        skipped++;
        continue;
      }
      questions.push(...questionsOf(e, input.lang, variants));
    }
    return { path: [title, m.title], questions };
  });
  const used = categories.filter((c) => c.questions.length > 0);
  if (used.length === 0) {
    const s = STRINGS[input.lang];
    used.push({ path: [title], questions: [{ type: 'description', name: s.noneName, text: p(xmlEscape(s.none)) }] });
  }
  return { categories: used, variants, skipped };
}

/**
 * A number as plain decimal digits (no exponent), exactly the same double when read back:
 * both quiz formats' parsers take only `-?digits(.digits)?`.
 */
export function decimal(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  const s = String(x);
  if (!/e/i.test(s)) return s;
  if (Math.abs(x) >= 1) return BigInt(x).toString();
  // Small: the shortest digits that read back as x, placed after the decimal point.
  const [mantissa, exp] = s.split(/e/i) as [string, string];
  const neg = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  const zeros = -Number(exp) - 1;
  return `${neg ? '-' : ''}0.${'0'.repeat(zeros)}${digits}`;
}
