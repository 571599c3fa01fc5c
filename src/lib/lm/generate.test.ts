import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { sampling } from '../maths/sampling';
import { createRng } from '../maths/prng';
import { Tokenizer } from './corpus';
import { decodingDistribution, draw, generate, nextLogits, topTokens } from './generate';
import { createModel, disposeModel, initialValues, modelValues, type ModelShape } from './model';
import { CheckpointError, decodeCheckpoint, encodeCheckpoint } from './checkpoint';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

const vocabulary = ['<unk>', '\n', ' ', 'a', 'b', 'c', 'd', 'e'];
const shape: ModelShape = { layers: 2, heads: 2, width: 8, context: 6, vocabulary: vocabulary.length };

describe('sampling', () => {
  it('draws from exactly the sampling example’s distribution; temperature 0 is greedy', () => {
    const logits = [1.5, -0.2, 3.1, 3.1, 0.4, 2.2];
    for (const [t, k, p] of [[0.7, 3, 0.9], [1, undefined, undefined], [2, 5, 0.5], [0.3, undefined, 0.8]] as const)
      expect(decodingDistribution(logits, t, k, p)).toEqual(sampling(logits, t, k, p).probabilities);
    expect(decodingDistribution(logits, 0, 2, 0.5)).toEqual([0, 0, 1, 0, 0, 0]);
    // Inverse CDF: the same uniform number as the sampler's generator would pick.
    const probs = sampling(logits, 0.7, 3, 0.9).probabilities;
    const a = createRng(9, 13);
    const b = createRng(9, 13);
    for (let i = 0; i < 50; i++) {
      const u = b.nextFloat();
      let cum = 0;
      let want = -1;
      for (let j = 0; j < probs.length && want < 0; j++) if (probs[j]! > 0 && u < (cum += probs[j]!)) want = j;
      expect(draw(probs, a)).toBe(want);
    }
  });

  it('generates the same text for the same seed, inspects the prompt, and leaks no tensor', () => {
    const before = tf.memory().numTensors;
    const m = createModel(tf, shape, initialValues(shape, 2).map((v) => v.map((x) => x * 3)));
    const tok = new Tokenizer(vocabulary);
    const settings = { prompt: 'abcdeabc', temperature: 0.9, topK: 5, topP: 0.95, length: 12, seed: 4, layer: 1, head: 1 };
    const r1 = generate(tf, m, tok, settings);
    const r2 = generate(tf, m, tok, settings);
    expect(r1).toEqual(r2);
    expect([...r1.sample]).toHaveLength(12);
    const hot = { ...settings, temperature: 3, topK: undefined, topP: undefined, length: 30 };
    expect(generate(tf, m, tok, { ...hot, seed: 5 }).sample).not.toBe(generate(tf, m, tok, hot).sample);
    // Attention of the last 6 characters (the context): rows sum to 1, zero above the diagonal.
    expect(r1.attention.tokens).toEqual(['c', 'd', 'e', 'a', 'b', 'c']);
    r1.attention.matrix.forEach((row, i) => {
      expect(row.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 5);
      row.forEach((w, j) => (j > i ? expect(w).toBe(0) : expect(w).toBeGreaterThan(0)));
    });
    // Next token: the top of softmax(logits), most probable first.
    const { logits } = nextLogits(tf, m, tok.encode('abcdeabc'));
    expect(r1.nextToken).toEqual(topTokens(logits, tok));
    expect(r1.nextToken.tokens).toHaveLength(8);
    const p = r1.nextToken.probabilities;
    expect(p.every((x, i) => i === 0 || x <= p[i - 1]!)).toBe(true);
    expect(p.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 5);
    // Greedy is deterministic whatever the seed.
    expect(generate(tf, m, tok, { ...settings, temperature: 0, seed: 1 }).sample).toBe(generate(tf, m, tok, { ...settings, temperature: 0, seed: 2 }).sample);
    disposeModel(m);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('checkpoint', () => {
  it('round-trips within the quantization step and refuses damaged files', () => {
    const values = initialValues(shape, 3);
    const bytes = encodeCheckpoint({ shape, vocabulary, values });
    const back = decodeCheckpoint(bytes);
    expect(back.shape).toEqual(shape);
    expect(back.vocabulary).toEqual(vocabulary);
    back.values.forEach((v, i) => {
      const orig = values[i]!;
      const max = orig.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
      v.forEach((x, j) => expect(Math.abs(x - orig[j]!)).toBeLessThanOrEqual(max / 254 + 1e-7));
    });
    // 1-D parameters are exact.
    expect(Array.from(back.values.at(-1)!)).toEqual(Array.from(values.at(-1)!));
    const flipped = bytes.slice();
    flipped[flipped.length - 3]! ^= 0x40;
    expect(() => decodeCheckpoint(flipped)).toThrow(/checksum/);
    expect(() => decodeCheckpoint(bytes.subarray(0, bytes.length - 1))).toThrow(CheckpointError);
    expect(() => decodeCheckpoint(new Uint8Array([1, 2, 3]))).toThrow(/magic/);
    const wrongVersion = bytes.slice();
    wrongVersion[4] = 9;
    expect(() => decodeCheckpoint(wrongVersion)).toThrow(/version/);
  });

  it('gives a model whose logits are close to the original’s', () => {
    const m = createModel(tf, shape, initialValues(shape, 3).map((v) => v.map((x) => x * 3)));
    const back = decodeCheckpoint(encodeCheckpoint({ shape, vocabulary, values: modelValues(m) }));
    const m2 = createModel(tf, shape, back.values);
    const ids = new Tokenizer(vocabulary).encode('abcab');
    const a = nextLogits(tf, m, ids).logits;
    const b = nextLogits(tf, m2, ids).logits;
    a.forEach((x, i) => expect(Math.abs(x - b[i]!), `${x} ${b[i]}`).toBeLessThan(0.02 * (1 + Math.abs(x))));
    disposeModel(m);
    disposeModel(m2);
  });
});
