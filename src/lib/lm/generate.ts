/**
 * Generation and inspection: the next-token distribution, sampling with the sampling example's code
 * (src/lib/maths/sampling.ts: temperature, then top-k, then top-p; temperature 0 = greedy), and the
 * attention weights of one layer and head for a prompt.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import { sampling } from '../maths/sampling';
import { createRng, type Rng } from '../maths/prng';
import type { Tokenizer } from './corpus';
import { forward, LM_STREAM, type Model } from './model';
import type { AttentionMap, GenerateResult, GenerateSettings, NextToken } from './protocol';

type TF = typeof tfc;

/** The logits for the token after `ids` (the last `context` of them), and optionally an attention map. */
export function nextLogits(tf: TF, model: Model, ids: Int32Array, attention?: { layer: number; head: number }): { logits: number[]; attention: number[][] | null } {
  const window = ids.length > model.shape.context ? ids.subarray(ids.length - model.shape.context) : ids;
  const t = window.length;
  const out = tf.tidy(() => {
    const r = forward(tf, model, tf.tensor2d(window, [1, t], 'int32'), attention ? { attention } : {});
    const last = tf.slice(r.logits, [t - 1, 0], [1, -1]);
    return r.attention ? [last, r.attention] : [last];
  });
  const logits: number[] = Array.from(out[0]!.dataSync());
  let map: number[][] | null = null;
  if (out[1]) {
    const flat = out[1].dataSync();
    map = Array.from({ length: t }, (_, i) => Array.from(flat.subarray(i * t, (i + 1) * t)));
  }
  out.forEach((x) => x.dispose());
  return { logits, attention: map };
}

/** The distribution a decoder draws from: `sampling()`'s (temperature > 0) or all mass on the argmax (0, ties: lower id). */
export function decodingDistribution(logits: readonly number[], temperature: number, topK?: number, topP?: number): number[] {
  if (temperature === 0) {
    let best = 0;
    for (let i = 1; i < logits.length; i++) if (logits[i]! > logits[best]!) best = i;
    return logits.map((_, i) => (i === best ? 1 : 0));
  }
  return sampling(logits, temperature, topK, topP).probabilities;
}

/** Draws an index from `p` with one uniform number (inverse CDF; the last kept index if rounding leaves u above the sum). */
export function draw(p: readonly number[], rng: Rng): number {
  const u = rng.nextFloat();
  let cum = 0;
  let last = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i]! <= 0) continue;
    last = i;
    cum += p[i]!;
    if (u < cum) return i;
  }
  return last;
}

/** The top `k` of softmax(logits) (temperature 1), most probable first (ties: lower id). */
export function topTokens(logits: readonly number[], tokenizer: Tokenizer, k = 10): NextToken {
  const p = sampling(logits, 1).probabilities;
  const order = p.map((_, i) => i).sort((a, b) => p[b]! - p[a]! || a - b).slice(0, k);
  return { tokens: order.map((i) => tokenizer.token(i)), probabilities: order.map((i) => p[i]!) };
}

/** Generates `length` characters after the prompt, and inspects the prompt. */
export function generate(tf: TF, model: Model, tokenizer: Tokenizer, s: GenerateSettings): GenerateResult {
  const promptIds = tokenizer.encode(s.prompt);
  // An empty prompt starts from a newline (the separator between paragraphs in the corpus).
  const start = promptIds.length > 0 ? promptIds : tokenizer.encode('\n');
  const layer = Math.min(Math.max(0, s.layer), model.shape.layers - 1);
  const head = Math.min(Math.max(0, s.head), model.shape.heads - 1);
  const first = nextLogits(tf, model, start, { layer, head });
  const window = start.length > model.shape.context ? start.subarray(start.length - model.shape.context) : start;
  const attention: AttentionMap = {
    layer,
    head,
    tokens: Array.from(window, (id) => tokenizer.token(id)),
    matrix: first.attention!,
    layers: model.shape.layers,
    heads: model.shape.heads,
  };
  const rng = createRng(s.seed, LM_STREAM.sample);
  const ids = Array.from(start);
  const out: number[] = [];
  let logits = first.logits;
  for (let i = 0; i < s.length; i++) {
    const next = draw(decodingDistribution(logits, s.temperature, s.topK, s.topP), rng);
    out.push(next);
    ids.push(next);
    if (i + 1 < s.length) logits = nextLogits(tf, model, Int32Array.from(ids.slice(-model.shape.context))).logits;
  }
  return { prompt: s.prompt, sample: tokenizer.decode(out), nextToken: topTokens(first.logits, tokenizer), attention };
}
