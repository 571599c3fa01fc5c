/**
 * Scaled dot-product attention against hand derivations and the definition in
 * "Attention Is All You Need" (arXiv 1706.03762, eq. 1): softmax(QKᵀ/√d_k) V, with
 * the causal mask of torch.nn.functional.scaled_dot_product_attention(is_causal=True):
 * −∞ above the diagonal (tril(diagonal=0)).
 */
import { describe, expect, it } from 'vitest';
import { attention, attentionWeights, softmaxRow } from './attention';

const close = (a: number, b: number, tol = 1e-12) => expect(Math.abs(a - b)).toBeLessThan(tol);
const closeMat = (a: (number | null)[][], b: (number | null)[][], tol = 1e-12) => {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => {
    expect(row.length).toBe(b[i]!.length);
    row.forEach((x, j) => {
      const y = b[i]![j]!;
      if (x === null || y === null) expect(x).toBe(y);
      else close(x, y, tol);
    });
  });
};

const Q = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const V = [
  [1, 2],
  [3, 4],
  [5, 6],
];

/** The definition written out naively, as PyTorch documents it: scores + bias (−∞ masked), softmax, · V. */
function reference(q: number[][], k: number[][], v: number[][], causal: boolean) {
  const d = q[0]!.length;
  const s = q.map((qi, i) => k.map((kj, j) => qi.reduce((a, x, c) => a + x * kj[c]!, 0) / Math.sqrt(d) + (causal && j > i ? -Infinity : 0)));
  const w = s.map((row) => {
    const e = row.map(Math.exp);
    const z = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / z);
  });
  const o = w.map((wi) => v[0]!.map((_, c) => wi.reduce((a, x, j) => a + x * v[j]![c]!, 0)));
  return { w, o };
}

describe('attention, the book’s example (Q = K = [1,0; 0,1; 1,1], V = [1,2; 3,4; 5,6])', () => {
  const r = attention(Q, Q, V, false);
  const h = 1 / Math.SQRT2;
  it('scores = QKᵀ/√2 by hand', () => {
    closeMat(r.scores, [
      [h, 0, h],
      [0, h, h],
      [h, h, 2 * h],
    ]);
  });
  it('weights: row 1 is [a, 1, a]/(2a + 1) with a = e^{1/√2}; rows sum to 1', () => {
    const a = Math.exp(h);
    closeMat([r.weights[0]!], [[a / (2 * a + 1), 1 / (2 * a + 1), a / (2 * a + 1)]]);
    for (const row of r.weights) close(row.reduce((x, y) => x + y, 0), 1, 1e-15);
  });
  it('output row 1 = (a·[1,2] + [3,4] + a·[5,6])/(2a + 1)', () => {
    const a = Math.exp(h);
    closeMat([r.output[0]!], [[(a + 3 + 5 * a) / (2 * a + 1), (2 * a + 4 + 6 * a) / (2 * a + 1)]]);
  });
  it('matches the definition written naively', () => {
    const ref = reference(Q, Q, V, false);
    closeMat(r.weights, ref.w);
    closeMat(r.output, ref.o);
  });
});

describe('the causal mask', () => {
  const r = attention(Q, Q, V, true);
  const h = 1 / Math.SQRT2;
  it('masks key j > i as null, and those weights are exactly 0', () => {
    closeMat(r.scores, [
      [h, null, null],
      [0, h, null],
      [h, h, 2 * h],
    ]);
    expect(r.weights[0]).toEqual([1, 0, 0]);
    expect(r.weights[1]![2]).toBe(0);
    closeMat([r.weights[1]!], [[1 / (1 + Math.exp(h)), Math.exp(h) / (1 + Math.exp(h)), 0]]);
  });
  it('the first query sees only the first value; the definition with −∞ agrees', () => {
    expect(r.output[0]).toEqual([1, 2]);
    const ref = reference(Q, Q, V, true);
    closeMat(r.weights, ref.w);
    closeMat(r.output, ref.o);
  });
  it('attentionWeights gives the same scores and weights', () => {
    const w = attentionWeights(Q, Q, true);
    expect(w.scores).toEqual(r.scores);
    expect(w.weights).toEqual(r.weights);
  });
});

describe('numerics', () => {
  it('large scores do not overflow (the row maximum is subtracted)', () => {
    // scores 2e6/√2 and 1.998e6/√2: e^score overflows, the difference (≈ 1414) does not matter
    const r = attention([[1000, 1000]], [[1000, 1000], [999, 999]], [[1], [0]], false);
    expect(r.weights[0]).toEqual([1, 0]);
    expect(r.output[0]).toEqual([1]);
    const s = softmaxRow([800, 800 + Math.log(3)]);
    close(s[0]!, 0.25);
    close(s[1]!, 0.75);
  });
  it('a row with every entry masked gives zeros, never NaN', () => {
    expect(softmaxRow([null, null])).toEqual([0, 0]);
  });
  it('softmax is unchanged by adding a constant to a row', () => {
    const a = softmaxRow([1, 2, 3]);
    const b = softmaxRow([101, 102, 103]);
    a.forEach((x, i) => close(x, b[i]!));
  });
  it('d_k is the width of Q and K: one column scales by 1', () => {
    const r = attentionWeights([[2]], [[3], [1]], false);
    closeMat(r.scores, [[6, 2]]);
  });
});
