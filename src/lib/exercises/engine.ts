/**
 * Generating an exercise's numbers and checking an answer, for any kind.
 * Never throws on reader input; never returns NaN or ±Infinity as a verdict.
 */
import { parseNumberList, type ParseError } from '../maths/numbers';
import { exerciseRng } from './seed';
import type { Answer, HintCode, KindOptions, KindSpec } from './types';

/** Relative tolerance of every numeric exercise unless it states another. */
export const DEFAULT_TOLERANCE = 1e-3;
/** Absolute slack, so that an exact 0 (a masked attention weight) can be typed as 0. */
export const ABSOLUTE_TOLERANCE = 1e-6;

export function toleranceOf(spec: KindSpec<never>, override?: number): number {
  return override ?? spec.tolerance ?? DEFAULT_TOLERANCE;
}

/**
 * The absolute distance from the exact value `x` within which an answer counts as correct:
 * rtol·|x| + atol, or 0 when rtol is 0 (exact). `close` checks with it; the quiz exports write it.
 */
export function absoluteTolerance(x: number, rtol: number): number {
  return rtol === 0 ? 0 : rtol * Math.abs(x) + ABSOLUTE_TOLERANCE;
}

/** |a − x| ≤ rtol·|x| + atol (exact equality when rtol is 0). */
export function close(a: number, x: number, rtol: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(x)) return false;
  if (rtol === 0) return a === x;
  return Math.abs(a - x) <= absoluteTolerance(x, rtol);
}

export function answersClose(a: Answer, x: Answer, rtol: number): boolean {
  const as = typeof a === 'number' ? [a] : a;
  const xs = typeof x === 'number' ? [x] : x;
  return as.length === xs.length && as.every((v, i) => close(v, xs[i]!, rtol));
}

/** Clearly apart: some component differs by more than ten tolerances (so that a hint is meaningful). */
function apart(a: Answer, x: Answer, rtol: number): boolean {
  const as = typeof a === 'number' ? [a] : a;
  const xs = typeof x === 'number' ? [x] : x;
  if (as.length !== xs.length) return true;
  const r = Math.max(rtol, 1e-4) * 10;
  return as.some((v, i) => Math.abs(v - xs[i]!) > r * Math.abs(xs[i]!) + 10 * ABSOLUTE_TOLERANCE);
}

const finite = (a: Answer) => (typeof a === 'number' ? Number.isFinite(a) : a.every(Number.isFinite));

/**
 * The parameters of exercise `id` for `seed`. Draws again (from the same
 * stream, so still determined by the seed) while a common mistake would give
 * an answer within tolerance of the right one.
 */
export function generateParams<P>(spec: KindSpec<P>, seed: number, id: string, options: KindOptions = {}, tolerance?: number): P {
  const rng = exerciseRng(seed, id);
  const rtol = toleranceOf(spec as KindSpec<never>, tolerance);
  let p = spec.generate(rng, options);
  for (let attempt = 0; attempt < 50; attempt++) {
    const x = spec.answer(p);
    if (finite(x) && spec.mistakes(p).every((m) => apart(m.value, x, rtol))) return p;
    p = spec.generate(rng, options);
  }
  return p;
}

export type AnswerError =
  | { code: 'parse'; error: ParseError }
  | { code: 'expected-scalar'; got: number }
  | { code: 'wrong-length'; expected: number; got: number };

export type CheckResult =
  | { verdict: 'correct' }
  | { verdict: 'incorrect'; hint: HintCode }
  | { verdict: 'invalid'; error: AnswerError };

/** Checks a typed answer: a number, or comma-separated numbers (brackets allowed) for a vector. */
export function checkAnswer<P>(spec: KindSpec<P>, params: P, text: string, tolerance?: number): CheckResult {
  const rtol = toleranceOf(spec as KindSpec<never>, tolerance);
  const expected = spec.answer(params);
  const parsed = parseNumberList(text, 1000);
  if (!parsed.ok) return { verdict: 'invalid', error: { code: 'parse', error: parsed.error } };
  const got = parsed.value;
  let given: Answer;
  if (typeof expected === 'number') {
    if (got.length !== 1) return { verdict: 'invalid', error: { code: 'expected-scalar', got: got.length } };
    given = got[0]!;
  } else {
    if (got.length !== expected.length) return { verdict: 'invalid', error: { code: 'wrong-length', expected: expected.length, got: got.length } };
    given = got;
  }
  if (answersClose(given, expected, rtol)) return { verdict: 'correct' };
  const m = spec.mistakes(params).find((k) => answersClose(given, k.value, rtol) && !answersClose(k.value, expected, rtol));
  return { verdict: 'incorrect', hint: m?.hint ?? 'generic' };
}

/** Number of values the answer has (1 for a scalar). */
export function answerLength(a: Answer): number {
  return typeof a === 'number' ? 1 : a.length;
}
