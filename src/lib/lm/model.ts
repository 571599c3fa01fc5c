/**
 * The tiny decoder-only Transformer (chapter 3's block), written with TensorFlow.js ops:
 *
 *   x = E[tokens] + P[positions]
 *   for each of `layers` blocks:
 *     x = x + Wo · MultiHead(causal self-attention of LayerNorm(x))
 *     x = x + W2 · GELU(W1 · LayerNorm(x) + b1) + b2
 *   logits = LayerNorm(x) · Wout + bout
 *
 * Pre-LayerNorm (GPT-2's order), GELU with erf (Hendrycks & Gimpel), a 4 × width feed-forward
 * layer, attention scores scaled by 1/√(width/heads), the causal mask as −1e9 added above the
 * diagonal (its softmax weight is exactly 0 in float32). Weights start from N(0, 0.02²) (the two
 * projections into the residual stream from N(0, (0.02/√(2·layers))²), as GPT-2), gains 1, biases 0,
 * drawn from the seeded stream (src/lib/maths/prng.ts), so a seed fixes the model.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import { createRng } from '../maths/prng';

type TF = typeof tfc;
type Tensor = tfc.Tensor;

export interface ModelShape {
  layers: number;
  heads: number;
  width: number;
  context: number;
  vocabulary: number;
}

/** Stream of the weights' initialization (separate from the batches' and the sampling's). */
export const LM_STREAM = { weights: 11, batches: 12, sample: 13 } as const;
export const INIT_STD = 0.02;
export const LN_EPS = 1e-5;

export interface ParamSpec {
  name: string;
  shape: number[];
  init: 'normal' | 'residual' | 'ones' | 'zeros';
  /** Whether AdamW decays it: the weight matrices and embeddings yes, biases and LayerNorm gains no. */
  decay: boolean;
}

/** The parameters, in a fixed order (the checkpoint's order). */
export function paramSpecs(s: ModelShape): ParamSpec[] {
  const d = s.width;
  const specs: ParamSpec[] = [
    { name: 'tokenEmbedding', shape: [s.vocabulary, d], init: 'normal', decay: true },
    { name: 'positionEmbedding', shape: [s.context, d], init: 'normal', decay: true },
  ];
  for (let l = 0; l < s.layers; l++) {
    const p = `block${l}.`;
    specs.push(
      { name: `${p}ln1.gain`, shape: [d], init: 'ones', decay: false },
      { name: `${p}ln1.bias`, shape: [d], init: 'zeros', decay: false },
      { name: `${p}qkv.weight`, shape: [d, 3 * d], init: 'normal', decay: true },
      { name: `${p}qkv.bias`, shape: [3 * d], init: 'zeros', decay: false },
      { name: `${p}out.weight`, shape: [d, d], init: 'residual', decay: true },
      { name: `${p}out.bias`, shape: [d], init: 'zeros', decay: false },
      { name: `${p}ln2.gain`, shape: [d], init: 'ones', decay: false },
      { name: `${p}ln2.bias`, shape: [d], init: 'zeros', decay: false },
      { name: `${p}ff1.weight`, shape: [d, 4 * d], init: 'normal', decay: true },
      { name: `${p}ff1.bias`, shape: [4 * d], init: 'zeros', decay: false },
      { name: `${p}ff2.weight`, shape: [4 * d, d], init: 'residual', decay: true },
      { name: `${p}ff2.bias`, shape: [d], init: 'zeros', decay: false },
    );
  }
  specs.push(
    { name: 'lnFinal.gain', shape: [d], init: 'ones', decay: false },
    { name: 'lnFinal.bias', shape: [d], init: 'zeros', decay: false },
    { name: 'output.weight', shape: [d, s.vocabulary], init: 'normal', decay: true },
    { name: 'output.bias', shape: [s.vocabulary], init: 'zeros', decay: false },
  );
  return specs;
}

export function parameterCount(s: ModelShape): number {
  return paramSpecs(s).reduce((n, p) => n + p.shape.reduce((a, b) => a * b, 1), 0);
}

/** The initial values of every parameter for a seed (plain arrays, in `paramSpecs` order). */
export function initialValues(s: ModelShape, seed: number): Float32Array[] {
  const rng = createRng(seed, LM_STREAM.weights);
  let spare: number | null = null;
  const normal = (): number => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    // Box–Muller; u1 in (0, 1].
    const u1 = 1 - rng.nextFloat();
    const u2 = rng.nextFloat();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
  return paramSpecs(s).map((p) => {
    const n = p.shape.reduce((a, b) => a * b, 1);
    const out = new Float32Array(n);
    if (p.init === 'ones') out.fill(1);
    else if (p.init === 'normal' || p.init === 'residual') {
      const std = p.init === 'normal' ? INIT_STD : INIT_STD / Math.sqrt(2 * s.layers);
      for (let i = 0; i < n; i++) out[i] = normal() * std;
    }
    return out;
  });
}

export interface Model {
  shape: ModelShape;
  specs: ParamSpec[];
  /** tf.Variables, in `specs` order. */
  vars: tfc.Variable[];
  byName: Map<string, tfc.Variable>;
  /** −1e9 above the diagonal, 0 elsewhere: [context, context]. */
  mask: Tensor;
}

/** A variable made from `t`, which is then disposed (a variable holds its own reference to the data). */
export function ownVariable(tf: TF, t: Tensor, trainable: boolean): tfc.Variable {
  const v = tf.variable(t, trainable);
  t.dispose();
  return v;
}

/** Makes the model's variables from values (`initialValues` or a checkpoint's). */
export function createModel(tf: TF, shape: ModelShape, values: Float32Array[]): Model {
  const specs = paramSpecs(shape);
  if (values.length !== specs.length) throw new Error('wrong number of parameter arrays');
  const vars = specs.map((p, i) => {
    if (values[i]!.length !== p.shape.reduce((a, b) => a * b, 1)) throw new Error(`wrong size for ${p.name}`);
    return ownVariable(tf, tf.tensor(values[i]!, p.shape, 'float32'), true);
  });
  const mask = tf.tidy(() => {
    const t = shape.context;
    const m = new Float32Array(t * t);
    for (let i = 0; i < t; i++) for (let j = i + 1; j < t; j++) m[i * t + j] = -1e9;
    return tf.tensor2d(m, [t, t]);
  });
  return { shape, specs, vars, byName: new Map(specs.map((p, i) => [p.name, vars[i]!])), mask };
}

export function disposeModel(m: Model): void {
  for (const v of m.vars) v.dispose();
  m.mask.dispose();
}

/** The current values of the parameters (read back). */
export function modelValues(m: Model): Float32Array[] {
  return m.vars.map((v) => v.dataSync() as Float32Array).map((a) => Float32Array.from(a));
}

function layerNorm(tf: TF, x: Tensor, gain: Tensor, bias: Tensor): Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.add(tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, LN_EPS))), gain), bias);
}

function gelu(tf: TF, x: Tensor): Tensor {
  return tf.mul(tf.mul(x, 0.5), tf.add(tf.erf(tf.mul(x, Math.SQRT1_2)), 1));
}

export interface ForwardOptions {
  /** Also return the attention weights of this layer and head for the first sequence: [T, T]. */
  attention?: { layer: number; head: number };
  /** Return the final LayerNorm's output [batch·T, width] instead of the logits (for `outputLoss`). */
  features?: boolean;
}

/**
 * Logits [batch·T, vocabulary] for tokens [batch, T] (T ≤ context). Call inside tf.tidy (or
 * dispose the results).
 */
export function forward(tf: TF, m: Model, tokens: tfc.Tensor2D, options: ForwardOptions = {}): { logits: tfc.Tensor2D; attention: tfc.Tensor2D | null } {
  const [b, t] = tokens.shape;
  const { width: d, heads: h } = m.shape;
  const dh = d / h;
  const p = (name: string): tfc.Variable => m.byName.get(name)!;
  if (t > m.shape.context) throw new Error(`sequence longer than the context (${t} > ${m.shape.context})`);
  const pos = t === m.shape.context ? p('positionEmbedding') : tf.slice(p('positionEmbedding'), [0, 0], [t, d]);
  let x: Tensor = tf.add(tf.reshape(embed(tf, p('tokenEmbedding'), tf.reshape(tokens, [-1]) as tfc.Tensor1D), [b, t, d]), pos);
  const mask = t === m.shape.context ? m.mask : tf.slice(m.mask, [0, 0], [t, t]);
  const scale = 1 / Math.sqrt(dh);
  let attention: tfc.Tensor2D | null = null;
  for (let l = 0; l < m.shape.layers; l++) {
    const q0 = `block${l}.`;
    const a = tf.reshape(layerNorm(tf, x, p(`${q0}ln1.gain`), p(`${q0}ln1.bias`)), [b * t, d]);
    const qkv = tf.add(tf.matMul(a, p(`${q0}qkv.weight`)), p(`${q0}qkv.bias`));
    // [b·t, 3d] → q, v: [b, h, t, dh], kᵀ: [b, h, dh, t] (a plain batched product is faster on WASM
    // than one with a transposed operand).
    const [q0r, k0r, v0r] = tf.split(qkv, 3, 1).map((z) => tf.reshape(z, [b, t, h, dh]));
    const q = tf.transpose(q0r!, [0, 2, 1, 3]);
    const kT = tf.transpose(k0r!, [0, 2, 3, 1]);
    const v = tf.transpose(v0r!, [0, 2, 1, 3]);
    const scores = tf.add(tf.mul(tf.matMul(q, kT), scale), mask);
    const weights = tf.softmax(scores, -1);
    if (options.attention && options.attention.layer === l)
      attention = tf.reshape(tf.slice(weights, [0, options.attention.head, 0, 0], [1, 1, t, t]), [t, t]) as tfc.Tensor2D;
    const mixed = tf.reshape(tf.transpose(tf.matMul(weights, v), [0, 2, 1, 3]), [b * t, d]);
    const out = tf.add(tf.matMul(mixed, p(`${q0}out.weight`)), p(`${q0}out.bias`));
    x = tf.add(x, tf.reshape(out, [b, t, d]));
    const c = tf.reshape(layerNorm(tf, x, p(`${q0}ln2.gain`), p(`${q0}ln2.bias`)), [b * t, d]);
    const hidden = gelu(tf, tf.add(tf.matMul(c, p(`${q0}ff1.weight`)), p(`${q0}ff1.bias`)));
    const ff = tf.add(tf.matMul(hidden, p(`${q0}ff2.weight`)), p(`${q0}ff2.bias`));
    x = tf.add(x, tf.reshape(ff, [b, t, d]));
  }
  const f = tf.reshape(layerNorm(tf, x, p('lnFinal.gain'), p('lnFinal.bias')), [b * t, d]) as tfc.Tensor2D;
  if (options.features) return { logits: f, attention };
  const logits = tf.add(tf.matMul(f, p('output.weight')), p('output.bias')) as tfc.Tensor2D;
  return { logits, attention };
}

/**
 * Whether to write the two scatters below as dense one-hot products: on WebGL a scatter's shader
 * loops over every update for every output element (67 million steps for the default embedding's
 * gradient), so a one-hot matrix product is far faster there; on WASM and the CPU the scatter is.
 * `forceDenseScatter(true)` (for the tests) forces the dense form on any backend.
 */
let forcedDense = false;
export function forceDenseScatter(on: boolean): void {
  forcedDense = on;
}
export function denseScatter(tf: TF): boolean {
  return forcedDense || tf.getBackend() === 'webgl';
}

/**
 * The embedding lookup E[ids] with its gradient written out: the rows of the upstream gradient
 * added into the rows of E they came from (ScatterNd sums duplicates). TensorFlow.js's own gradient
 * of a gather uses UnsortedSegmentSum, which the WASM backend does not have.
 */
export function embed(tf: TF, table: Tensor, ids: tfc.Tensor1D): Tensor {
  const f = tf.customGrad((...args: (Tensor | tfc.GradSaveFunc)[]) => {
    const e = args[0] as Tensor;
    return {
      value: tf.gather(e, ids),
      gradFunc: (dy: Tensor) =>
        denseScatter(tf)
          ? tf.matMul(tf.oneHot(ids, e.shape[0]!), dy, true, false)
          : tf.scatterND(tf.expandDims(ids, 1), dy, e.shape as number[]),
    };
  });
  return f(table);
}

/**
 * The output layer and the mean cross-entropy (nats per token) in one step, with the gradient written
 * out: d loss / d logits = (softmax − one-hot) / N, then two plain matrix products (no transposed
 * operand) and a column sum. This touches the [N, vocabulary] logits fewer times than the tape
 * through matMul and softmaxCrossEntropy; the finite-difference test checks it.
 */
export function outputLoss(tf: TF, features: tfc.Tensor2D, weight: Tensor, bias: Tensor, targets: tfc.Tensor1D): tfc.Scalar {
  const n = features.shape[0];
  const vocab = weight.shape[1]!;
  const f = tf.customGrad((...args: (Tensor | tfc.GradSaveFunc)[]) => {
    const [x, w, bb] = args as [Tensor, Tensor, Tensor];
    const save = args[3] as tfc.GradSaveFunc;
    // Position of each target in the flattened logits.
    const picks = tf.add(tf.mul(tf.range(0, n, 1, 'int32'), tf.scalar(vocab, 'int32')), targets) as tfc.Tensor1D;
    const logits = tf.add(tf.matMul(x, w), bb);
    const lse = tf.logSumExp(logits, 1, true);
    const picked = tf.gather(tf.reshape(logits, [-1]), picks);
    const value = tf.sub(tf.mean(lse), tf.mean(picked)) as tfc.Scalar;
    save([x, w, logits, lse, picks]);
    return {
      value,
      gradFunc: (dy: tfc.Scalar, saved: Tensor[]) => {
        const [sx, sw, sl, slse, sp] = saved as [Tensor, Tensor, Tensor, Tensor, tfc.Tensor1D];
        const p = tf.exp(tf.sub(sl, slse));
        let dl: Tensor;
        if (denseScatter(tf)) dl = tf.sub(p, tf.oneHot(targets, vocab));
        else {
          const flat = tf.reshape(p, [-1]);
          dl = tf.reshape(tf.tensorScatterUpdate(flat, tf.expandDims(sp, 1), tf.sub(tf.gather(flat, sp), 1)), [n, vocab]);
        }
        const scale = tf.div(dy, n);
        const dx = tf.mul(tf.matMul(dl, tf.transpose(sw)), scale);
        const dw = tf.mul(tf.matMul(tf.transpose(sx), dl), scale);
        const db = tf.mul(tf.sum(dl, 0), scale);
        return [dx, dw, db];
      },
    };
  });
  return f(features, weight, bias) as tfc.Scalar;
}

/** Mean cross-entropy (nats per token) of predicting targets [batch, T] from tokens [batch, T]. */
export function lossOf(tf: TF, m: Model, tokens: tfc.Tensor2D, targets: tfc.Tensor2D): tfc.Scalar {
  const { logits: features } = forward(tf, m, tokens, { features: true });
  return outputLoss(tf, features, m.byName.get('output.weight')!, m.byName.get('output.bias')!, tf.reshape(targets, [-1]) as tfc.Tensor1D);
}
