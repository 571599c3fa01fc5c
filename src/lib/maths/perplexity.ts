/**
 * Perplexity of a sequence from the probabilities a language model gave to each
 * correct next token (Jurafsky & Martin, "Speech and Language Processing", ch. 3):
 * nllᵢ = −ln pᵢ, loss = (1/N) Σ nllᵢ (the cross-entropy of next-token
 * prediction, in nats), perplexity = e^loss = (Π pᵢ)^(−1/N).
 *
 * Pure; assumes 0 < pᵢ ≤ 1 (validation with messages: src/lib/examples/example-perplexity.ts).
 * With some pᵢ = 0 the loss and perplexity are +∞ here; the example rejects it with words.
 */

export interface PerplexityResult {
  nll: number[];
  loss: number;
  perplexity: number;
}

export function perplexity(p: number[]): PerplexityResult {
  const nll = p.map((x) => -Math.log(x));
  const loss = nll.reduce((a, b) => a + b, 0) / nll.length;
  return { nll, loss, perplexity: Math.exp(loss) };
}
