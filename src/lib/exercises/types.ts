/** Types shared by the exercise kinds, the checker and the islands. */
import type { Rng } from '../maths/prng';

export const NUMERIC_KINDS = ['mse', 'cross-entropy', 'gd-step', 'momentum-step', 'adam-step', 'attention-weights', 'perplexity', 'dense-params', 'sampling', 'positional-encoding'] as const;
export type NumericKind = (typeof NUMERIC_KINDS)[number];

export function isNumericKind(s: string): s is NumericKind {
  return (NUMERIC_KINDS as readonly string[]).includes(s);
}

/** A scalar or a vector answer. */
export type Answer = number | number[];

/** The common mistakes an incorrect answer is matched against (one targeted hint each). */
export type HintCode =
  | 'n-minus-1'
  | 'sum-not-mean'
  | 'not-squared'
  | 'root'
  | 'log10'
  | 'sign'
  | 'article-form'
  | 'gradient-sign'
  | 'no-lr'
  | 'step-only'
  | 'no-momentum'
  | 'velocity'
  | 'form-seed'
  | 'form-pytorch'
  | 'form-keras'
  | 'no-bias-correction'
  | 'one-step'
  | 'no-scaling'
  | 'no-mask'
  | 'scores'
  | 'column-softmax'
  | 'loss-not-perplexity'
  | 'no-root'
  | 'arithmetic-mean'
  | 'inverse'
  | 'log2'
  | 'no-bias'
  | 'bias-per-input'
  | 'added'
  | 'no-renormalization'
  | 'temperature-multiplied'
  | 'no-temperature'
  | 'no-truncation'
  | 'crossing-token'
  | 'sin-cos-swapped'
  | 'pair-index'
  | 'degrees'
  | 'exponent-sign'
  | 'generic';

export interface Mistake {
  hint: HintCode;
  value: Answer;
}

/** Per-exercise settings of a kind (e.g. {form: 'binary', n: 4}), from src/data/exercises.ts. */
export type KindOptions = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface KindSpec<P = Params> {
  /** Relative tolerance when the exercise does not set one (default 1e-3; 0 = exact). */
  tolerance?: number;
  generate(rng: Rng, options: KindOptions): P;
  answer(p: P): Answer;
  mistakes(p: P): Mistake[];
  /** The worked solution: TeX lines (formula with the numbers, then the result). */
  solution(p: P): string[];
}
