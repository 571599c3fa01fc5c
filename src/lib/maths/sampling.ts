/**
 * From a language model's scores (logits) for the next token to the distribution a decoder samples
 * from: temperature, then top-k, then top-p (nucleus) truncation (Holtzman et al. 2020, "The Curious
 * Case of Neural Text Degeneration", arXiv 1904.09751, eq. 2–3; the order of Hugging Face
 * transformers' logits warpers: temperature, top-k, top-p).
 *
 * - softmax(ℓ / T), computed stably (the largest scaled logit is subtracted first);
 * - top-k keeps the k most probable tokens; the rest get 0 and the kept ones are renormalized;
 * - top-p keeps, of what is left, the most probable tokens until their cumulative probability
 *   reaches p, the token that crosses p included (so at least one token); p = 1 keeps all;
 * - ties: the token with the lower index comes first (is kept);
 * - the result is renormalized; the entropy is in nats.
 *
 * Pure; assumes valid inputs (T > 0, 1 ≤ k ≤ n, 0 < p ≤ 1, ℓ/T finite; validation with
 * messages: src/lib/examples/example-sampling.ts).
 */

export interface SamplingResult {
  /** ℓᵢ / T. */
  scaled: number[];
  /** softmax(ℓ / T) before any truncation. */
  softmax: number[];
  /** After top-k (renormalized; 0 for cut tokens); equal to `softmax` without top-k. */
  afterTopK: number[];
  /** 0-based indices top-k keeps, ascending (every index without top-k). */
  keptTopK: number[];
  /** The final distribution: after top-k and top-p, renormalized; 0 for cut tokens. */
  probabilities: number[];
  /** 0-based indices of the tokens kept, ascending. */
  kept: number[];
  /** −Σ pᵢ ln pᵢ over the final distribution, in nats. */
  entropy: number;
}

/** Indices by probability, highest first; ties: lower index first. */
function byProbability(p: readonly number[], among: readonly number[]): number[] {
  return [...among].sort((a, b) => p[b]! - p[a]! || a - b);
}

function renormalized(p: readonly number[], kept: ReadonlySet<number>): number[] {
  let sum = 0;
  for (const i of kept) sum += p[i]!;
  return p.map((x, i) => (kept.has(i) ? x / sum : 0));
}

export function sampling(logits: readonly number[], temperature: number, topK?: number, topP?: number): SamplingResult {
  const scaled = logits.map((l) => l / temperature);
  const max = Math.max(...scaled);
  const e = scaled.map((z) => Math.exp(z - max));
  const total = e.reduce((a, b) => a + b, 0);
  const softmax = e.map((x) => x / total);
  const all = softmax.map((_, i) => i);
  let kept = new Set(topK === undefined ? all : byProbability(softmax, all).slice(0, topK));
  const afterTopK = topK === undefined ? softmax : renormalized(softmax, kept);
  const keptTopK = [...kept].sort((a, b) => a - b);
  if (topP !== undefined && topP < 1) {
    const nucleus = new Set<number>();
    let cum = 0;
    for (const i of byProbability(afterTopK, [...kept])) {
      nucleus.add(i);
      cum += afterTopK[i]!;
      if (cum >= topP) break;
    }
    kept = nucleus;
  }
  const probabilities = renormalized(afterTopK, kept);
  const entropy = probabilities.reduce((h, x) => (x > 0 ? h - x * Math.log(x) : h), 0);
  return { scaled, softmax, afterTopK, keptTopK, probabilities, kept: [...kept].sort((a, b) => a - b), entropy };
}
