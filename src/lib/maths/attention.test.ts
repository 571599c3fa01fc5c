/**
 * Scaled dot-product attention against hand derivations and the definition in
 * "Attention Is All You Need" (arXiv 1706.03762, eq. 1): softmax(QKᵀ/√d_k) V, with
 * the causal mask of torch.nn.functional.scaled_dot_product_attention(is_causal=True):
 * −∞ above the diagonal (tril(diagonal=0)).
 */
import { describe, expect, it } from 'vitest';
import { attention, attentionWeights, multiHeadAttention, softmaxRow } from './attention';

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

/**
 * Multi-head attention without projections, against NumPy (Python 3, NumPy 2.4): for each head h,
 * softmax(Q_h K_hᵀ / √d_h) V_h on the h-th block of columns, the outputs side by side (np.hstack).
 */
describe('multi-head attention', () => {
  it('one head is exactly scaled dot-product attention', () => {
    for (const causal of [false, true]) {
      const a = attention(Q, Q, V, causal);
      const m = multiHeadAttention(Q, Q, V, causal, 1);
      expect(m.scores).toEqual(a.scores);
      expect(m.weights).toEqual(a.weights);
      expect(m.output).toEqual(a.output);
      expect(m.heads).toHaveLength(1);
    }
  });
  it('the book’s matrices with two heads of width 1 (NumPy)', () => {
    const m = multiHeadAttention(Q, Q, V, false, 2);
    const a = 0.4223187982515182;
    const b = 0.15536240349696362;
    const t = 1 / 3;
    closeMat(m.heads[0]!.weights, [[a, b, a], [t, t, t], [a, b, a]]);
    closeMat(m.heads[1]!.weights, [[t, t, t], [b, a, a], [b, a, a]]);
    closeMat(m.output, [[3, 4], [3, 4.53391278950911], [3, 4.53391278950911]]);
    closeMat(m.weights, [[0.3778260657924257, 0.24434786841514847, 0.3778260657924257], [0.24434786841514847, 0.3778260657924257, 0.3778260657924257], [0.2888406008742409, 0.2888406008742409, 0.4223187982515182]]);
  });
  it('causal, two heads (NumPy): masked scores null, weights 0', () => {
    const m = multiHeadAttention(Q, Q, V, true, 2);
    closeMat(m.heads[1]!.weights, [[1, 0, 0], [0.2689414213699951, 0.7310585786300049, 0], [0.15536240349696362, 0.4223187982515182, 0.4223187982515182]]);
    closeMat(m.output, [[1, 2], [2, 3.4621171572600096], [3, 4.53391278950911]]);
    expect(m.scores[0]).toEqual([m.scores[0]![0], null, null]);
  });
  it('width 4, two heads of width 2, scaled by √2 (NumPy)', () => {
    const q = [[1, 2, 0, -1], [0, 1, 1, 0], [2, 0, 1, 1]];
    const k = [[0, 1, 1, 0], [1, 0, 0, 2], [1, 1, 1, 1]];
    const v = [[1, 0, 2, 3], [0, 1, 1, 1], [2, 2, 0, 1]];
    const m = multiHeadAttention(q, k, v, false, 2);
    closeMat(m.heads[0]!.weights, [[0.28399540974126003, 0.14002924504337802, 0.5759753452153619], [0.4011120926797859, 0.1977758146404282, 0.4011120926797859], [0.10838345178479356, 0.44580827410760315, 0.44580827410760315]]);
    closeMat(m.heads[1]!.weights, [[0.575975345215362, 0.14002924504337802, 0.28399540974126003], [0.4011120926797859, 0.1977758146404282, 0.4011120926797859], [0.1977758146404282, 0.4011120926797859, 0.4011120926797859]]);
    closeMat(m.output, [[1.4359461001719838, 1.2919799354741017, 1.291979935474102, 2.151950690430724], [1.2033362780393577, 1, 1, 1.802224185359572], [0.9999999999999999, 1.3374248223228093, 0.7966637219606423, 1.3955516292808565]]);
  });
});
