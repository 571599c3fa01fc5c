/**
 * Scaled dot-product attention (Vaswani et al. 2017, "Attention Is All You Need",
 * arXiv 1706.03762, eq. 1): Attention(Q, K, V) = softmax(QKᵀ/√d_k) V, softmax over
 * each row (each query). The causal mask keeps key j for query i only when j ≤ i
 * (torch.nn.functional.scaled_dot_product_attention with is_causal=True:
 * a lower-triangular mask, `tril(diagonal=0)`); masked scores are −∞ before the
 * softmax, so their weights are exactly 0. Here a masked score is `null`.
 *
 * Pure, float64; assumes valid shapes (validation with messages: src/lib/examples/example-attention.ts).
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

export interface MultiHeadResult {
  /** Each head's scores, weights and output (head h takes columns h·d_k/H … (h+1)·d_k/H − 1 of Q and K, likewise of V). */
  heads: AttentionResult[];
  /** The heads' scaled scores averaged over the heads (one head: that head's, unchanged); masked entries null. */
  scores: (number | null)[][];
  /** The heads' weights averaged over the heads, as torch.nn.MultiheadAttention returns them by default (average_attn_weights=True). */
  weights: number[][];
  /** The heads' outputs concatenated along the columns (no output projection): as wide as V. */
  output: number[][];
}

/** Columns from..to−1 of every row. */
const columns = (m: Matrix, from: number, to: number): Matrix => m.map((r) => r.slice(from, to));

/**
 * Multi-head attention without projections (Vaswani et al. 2017, section 3.2.2, with W^Q, W^K, W^V
 * and W^O the identity): the columns of Q and K are split into `heads` equal consecutive blocks of
 * width d_k/heads, those of V into blocks of width d_v/heads; each head runs scaled dot-product
 * attention on its blocks, scaled by √(d_k/heads); the heads' outputs are concatenated. With one head
 * this is exactly `attention`. Assumes `heads` divides both widths (validation: example-attention.ts).
 */
export function multiHeadAttention(q: Matrix, k: Matrix, v: Matrix, causal: boolean, heads: number): MultiHeadResult {
  if (heads === 1) {
    const r = attention(q, k, v, causal);
    return { heads: [r], scores: r.scores, weights: r.weights, output: r.output };
  }
  const dh = (q[0]?.length ?? 0) / heads;
  const dvh = (v[0]?.length ?? 0) / heads;
  const rs = Array.from({ length: heads }, (_, h) => attention(columns(q, h * dh, (h + 1) * dh), columns(k, h * dh, (h + 1) * dh), columns(v, h * dvh, (h + 1) * dvh), causal));
  const mean = <T extends number | null>(pick: (r: AttentionResult) => T[][]) =>
    pick(rs[0]!).map((row, i) =>
      row.map((x, j) => (x === null ? null : rs.reduce((s, r) => s + (pick(r)[i]![j] as number), 0) / heads)),
    );
  return {
    heads: rs,
    scores: mean((r) => r.scores),
    weights: mean((r) => r.weights) as number[][],
    output: rs[0]!.output.map((_, i) => rs.flatMap((r) => r.output[i]!)),
  };
}
