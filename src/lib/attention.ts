/**
 * Scaled dot-product attention (Vaswani et al. 2017, "Attention Is All You Need",
 * arXiv 1706.03762, eq. 1): Attention(Q, K, V) = softmax(QKᵀ/√d_k) V, softmax over
 * each row (each query). The causal mask keeps key j for query i only when j ≤ i
 * (torch.nn.functional.scaled_dot_product_attention with is_causal=True:
 * a lower-triangular mask, `tril(diagonal=0)`); masked scores are −∞ before the
 * softmax, so their weights are exactly 0. Here a masked score is `null`.
 *
 * Pure, float64; assumes valid shapes (validation with messages: src/lib/examples-new.ts).
 * The softmax subtracts each row's maximum first, so large scores never overflow.
 */

export type Matrix = number[][];

export interface AttentionResult {
  /** QKᵀ/√d_k, masked entries null. */
  scores: (number | null)[][];
  /** Row-wise softmax of the scores; masked entries 0; each row sums to 1. */
  weights: number[][];
  /** weights · V. */
  output: number[][];
}

/** Row-wise softmax of a row with masked (null) entries; a row with nothing unmasked gives zeros, never NaN. */
export function softmaxRow(row: readonly (number | null)[]): number[] {
  let max = -Infinity;
  for (const x of row) if (x !== null && x > max) max = x;
  if (max === -Infinity) return row.map(() => 0);
  const e = row.map((x) => (x === null ? 0 : Math.exp(x - max)));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

export function attentionWeights(q: Matrix, k: Matrix, causal: boolean): { scores: (number | null)[][]; weights: number[][] } {
  const dk = q[0]?.length ?? 0;
  const scale = 1 / Math.sqrt(dk);
  const scores = q.map((qi, i) =>
    k.map((kj, j) => {
      if (causal && j > i) return null;
      let dot = 0;
      for (let c = 0; c < dk; c++) dot += qi[c]! * kj[c]!;
      return dot * scale;
    }),
  );
  return { scores, weights: scores.map(softmaxRow) };
}

export function attention(q: Matrix, k: Matrix, v: Matrix, causal: boolean): AttentionResult {
  const { scores, weights } = attentionWeights(q, k, causal);
  const dv = v[0]?.length ?? 0;
  const output = weights.map((w) => {
    const out = new Array<number>(dv).fill(0);
    w.forEach((wj, j) => {
      if (wj === 0) return;
      for (let c = 0; c < dv; c++) out[c]! += wj * v[j]![c]!;
    });
    return out;
  });
  return { scores, weights, output };
}
