/**
 * The sinusoidal positional encoding of the Transformer (Vaswani et al. 2017, "Attention Is All You
 * Need", arXiv 1706.03762, section 3.5): for position pos and model width d (even),
 *   PE(pos, 2i) = sin(pos / base^{2i/d}),  PE(pos, 2i+1) = cos(pos / base^{2i/d}),  i = 0 … d/2 − 1,
 * with base = 10000 in the paper. Pure; assumes d even and base > 1 (validation with messages:
 * src/lib/examples/example-positional-encoding.ts).
 */

export interface PositionalEncodingResult {
  /** ωᵢ = base^{−2i/d}, one per pair (i = 0 … d/2 − 1). */
  frequencies: number[];
  /** pos · ωᵢ, the angle of pair i. */
  angles: number[];
  /** The encoding: index 2i holds sin(pos·ωᵢ), index 2i+1 cos(pos·ωᵢ). */
  encoding: number[];
}

export function positionalEncoding(position: number, dim: number, base = 10000): PositionalEncodingResult {
  const frequencies = Array.from({ length: dim / 2 }, (_, i) => base ** (-(2 * i) / dim));
  const angles = frequencies.map((w) => position * w);
  const encoding = angles.flatMap((a) => [Math.sin(a), Math.cos(a)]);
  return { frequencies, angles, encoding };
}
