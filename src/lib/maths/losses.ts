/**
 * Loss functions, in float64, following Keras's semantics (including its
 * probability clipping) so the numbers match the framework readers will use.
 */

/** Keras's backend epsilon: probabilities are clipped to [EPSILON, 1 − EPSILON]. */
export const EPSILON = 1e-7;

export function clipProbability(p: number, eps = EPSILON): number {
  return Math.min(Math.max(p, eps), 1 - eps);
}

export interface MseResult {
  diffs: number[];
  squares: number[];
  sum: number;
  value: number;
}

/** Mean squared error: (1/n) Σ (yᵢ − ŷᵢ)². */
export function mse(y: readonly number[], yhat: readonly number[]): MseResult {
  assertSameLength(y, yhat);
  const diffs = y.map((v, i) => v - yhat[i]!);
  const squares = diffs.map((d) => d * d);
  const sum = kahanSum(squares);
  return { diffs, squares, sum, value: sum / y.length };
}

export interface CrossEntropyResult {
  /** Probabilities after clipping to [ε, 1 − ε]. */
  clipped: number[];
  /** Indices whose probability was changed by clipping. */
  clippedAt: number[];
  /** Per-sample loss terms (already negated: the value is their mean). */
  terms: number[];
  value: number;
}

/** The original article's form: −(1/n) Σ yᵢ log ŷᵢ (categorical form applied element-wise). */
export function crossEntropySeed(y: readonly number[], p: readonly number[], eps = EPSILON): CrossEntropyResult {
  assertSameLength(y, p);
  const clipped = p.map((q) => clipProbability(q, eps));
  const terms = y.map((yi, i) => (yi === 0 ? 0 : -yi * Math.log(clipped[i]!)));
  return { clipped, clippedAt: changed(p, clipped), terms, value: kahanSum(terms) / y.length };
}

/** Binary cross-entropy: −(1/n) Σ [yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)], as keras.losses.binary_crossentropy. */
export function binaryCrossEntropy(y: readonly number[], p: readonly number[], eps = EPSILON): CrossEntropyResult {
  assertSameLength(y, p);
  const clipped = p.map((q) => clipProbability(q, eps));
  const terms = y.map((yi, i) => {
    const q = clipped[i]!;
    const a = yi === 0 ? 0 : yi * Math.log(q);
    const b = yi === 1 ? 0 : (1 - yi) * Math.log(1 - q);
    return -(a + b);
  });
  return { clipped, clippedAt: changed(p, clipped), terms, value: kahanSum(terms) / y.length };
}

/**
 * Categorical cross-entropy over probability rows, as
 * keras.losses.categorical_crossentropy: each row of predictions is scaled to
 * sum to 1, clipped, and −Σ yₖ log pₖ is averaged over the rows.
 */
export function categoricalCrossEntropy(
  y: readonly (readonly number[])[],
  p: readonly (readonly number[])[],
  eps = EPSILON,
): { rows: number[]; value: number } {
  if (y.length !== p.length) throw new RangeError('length-mismatch');
  const rows = y.map((yr, r) => {
    const pr = p[r]!;
    assertSameLength(yr, pr);
    const total = kahanSum(pr);
    return -kahanSum(yr.map((yk, k) => (yk === 0 ? 0 : yk * Math.log(clipProbability(pr[k]! / total, eps)))));
  });
  return { rows, value: kahanSum(rows) / rows.length };
}

function changed(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(i);
  return out;
}

export function assertSameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new RangeError('length-mismatch');
  if (a.length === 0) throw new RangeError('empty');
}

/** Compensated summation: the printed means do not drift with 10,000 terms. */
export function kahanSum(xs: readonly number[]): number {
  let sum = 0;
  let c = 0;
  for (const x of xs) {
    const y = x - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}
