/**
 * Training the tiny language model: seeded random windows of the training tokens, AdamW, the
 * validation loss on fixed windows of the validation tokens every `evalEvery` steps.
 *
 * AdamW (Loshchilov & Hutter 2019, arXiv 1711.05101, Algorithm 2, in torch.optim.AdamW's form):
 *   m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,  m̂ = m/(1−β₁ᵗ),  v̂ = v/(1−β₂ᵗ),
 *   θ ← θ − η·λ·θ − η·m̂/(√v̂ + ε)
 * (chapter 4's Adam with the weight decay taken out of the gradient), λ applied to the weight
 * matrices and embeddings only. The gradients come from TensorFlow.js's tape (`tf.variableGrads`).
 */
import type * as tfc from '@tensorflow/tfjs-core';
import { createRng, type Rng } from '../maths/prng';
import { LM_STREAM, lossOf, ownVariable, type Model } from './model';
import type { EvalPoint } from './protocol';

type TF = typeof tfc;

export const ADAMW = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0.01 } as const;
/** The validation loss is the mean over at most this many windows of the validation text. */
export const EVAL_WINDOWS = 64;

/** One AdamW step on plain arrays (the reference the unit tests check the tensor version against). */
export function adamwStep(theta: number[], grad: number[], m: number[], v: number[], t: number, lr: number, decay: boolean): void {
  const { beta1, beta2, epsilon, weightDecay } = ADAMW;
  for (let i = 0; i < theta.length; i++) {
    m[i] = beta1 * m[i]! + (1 - beta1) * grad[i]!;
    v[i] = beta2 * v[i]! + (1 - beta2) * grad[i]! * grad[i]!;
    const mHat = m[i]! / (1 - beta1 ** t);
    const vHat = v[i]! / (1 - beta2 ** t);
    theta[i] = theta[i]! - (decay ? lr * weightDecay * theta[i]! : 0) - (lr * mHat) / (Math.sqrt(vHat) + epsilon);
  }
}

/** The optimizer's moments, one pair per variable. */
export interface AdamW {
  t: number;
  m: tfc.Variable[];
  v: tfc.Variable[];
}

export function createAdamW(tf: TF, model: Model): AdamW {
  return {
    t: 0,
    m: model.vars.map((x) => ownVariable(tf, tf.zerosLike(x), false)),
    v: model.vars.map((x) => ownVariable(tf, tf.zerosLike(x), false)),
  };
}

export function disposeAdamW(o: AdamW): void {
  for (const x of [...o.m, ...o.v]) x.dispose();
}

/** Applies one AdamW step with `grads` (in the model's variable order). */
export function applyAdamW(tf: TF, model: Model, opt: AdamW, grads: tfc.Tensor[], lr: number): void {
  opt.t += 1;
  const { beta1, beta2, epsilon, weightDecay } = ADAMW;
  const c1 = 1 / (1 - beta1 ** opt.t);
  const c2 = 1 / (1 - beta2 ** opt.t);
  tf.tidy(() => {
    model.vars.forEach((theta, i) => {
      const g = grads[i]!;
      const m = tf.add(tf.mul(opt.m[i]!, beta1), tf.mul(g, 1 - beta1));
      const v = tf.add(tf.mul(opt.v[i]!, beta2), tf.mul(tf.square(g), 1 - beta2));
      opt.m[i]!.assign(m);
      opt.v[i]!.assign(v);
      const update = tf.div(tf.mul(m, lr * c1), tf.add(tf.sqrt(tf.mul(v, c2)), epsilon));
      const decayed = model.specs[i]!.decay ? tf.mul(theta, 1 - lr * weightDecay) : theta;
      theta.assign(tf.sub(decayed, update));
    });
  });
}

/** A batch: inputs and targets (the inputs shifted by one), both [batch, T], row-major. */
export interface Batch {
  x: Int32Array;
  y: Int32Array;
  batch: number;
  length: number;
}

/** `batch` windows of context + 1 tokens at seeded random places of `tokens`. */
export function sampleBatch(rng: Rng, tokens: Int32Array, batch: number, context: number): Batch {
  const t = Math.min(context, tokens.length - 1);
  if (t < 1) throw new Error('too few tokens for one window');
  const x = new Int32Array(batch * t);
  const y = new Int32Array(batch * t);
  for (let b = 0; b < batch; b++) {
    const start = rng.nextInt(tokens.length - t);
    x.set(tokens.subarray(start, start + t), b * t);
    y.set(tokens.subarray(start + 1, start + t + 1), b * t);
  }
  return { x, y, batch, length: t };
}

/** Fixed validation windows: up to EVAL_WINDOWS windows spread evenly over `tokens` (non-overlapping when there is room). */
export function validationBatches(tokens: Int32Array, context: number, batch: number, maxWindows = EVAL_WINDOWS): Batch[] {
  const t = Math.min(context, tokens.length - 1);
  if (t < 1) throw new Error('too few validation tokens for one window');
  const room = tokens.length - t; // number of possible starts
  const count = Math.max(1, Math.min(maxWindows, Math.floor(tokens.length / (t + 1)) || 1));
  const starts: number[] = [];
  for (let i = 0; i < count; i++) starts.push(count === 1 ? 0 : Math.floor((i * (room - 1)) / (count - 1)));
  const out: Batch[] = [];
  for (let i = 0; i < starts.length; i += batch) {
    const chunk = starts.slice(i, i + batch);
    const x = new Int32Array(chunk.length * t);
    const y = new Int32Array(chunk.length * t);
    chunk.forEach((s, b) => {
      x.set(tokens.subarray(s, s + t), b * t);
      y.set(tokens.subarray(s + 1, s + t + 1), b * t);
    });
    out.push({ x, y, batch: chunk.length, length: t });
  }
  return out;
}

function tensors(tf: TF, b: Batch): [tfc.Tensor2D, tfc.Tensor2D] {
  return [tf.tensor2d(b.x, [b.batch, b.length], 'int32'), tf.tensor2d(b.y, [b.batch, b.length], 'int32')];
}

/** Mean loss in nats per token over the batches (each token counts once). */
export function evaluate(tf: TF, model: Model, batches: readonly Batch[]): number {
  let sum = 0;
  let n = 0;
  for (const b of batches) {
    const loss = tf.tidy(() => {
      const [x, y] = tensors(tf, b);
      return lossOf(tf, model, x, y);
    });
    sum += (loss.dataSync()[0] ?? NaN) * b.batch * b.length;
    loss.dispose();
    n += b.batch * b.length;
  }
  return sum / n;
}

/** One training step; returns the batch's loss (a scalar tensor the caller disposes). */
export function trainStep(tf: TF, model: Model, opt: AdamW, b: Batch, lr: number): tfc.Scalar {
  return tf.tidy(() => {
    const [x, y] = tensors(tf, b);
    const { value, grads } = tf.variableGrads(() => lossOf(tf, model, x, y), model.vars);
    applyAdamW(tf, model, opt, model.vars.map((v) => grads[v.name]!), lr);
    return value;
  });
}

export interface TrainOptions {
  steps: number;
  batch: number;
  lr: number;
  seed: number;
  evalEvery: number;
}

export interface TrainHooks {
  now?: () => number;
  yieldNow?: () => Promise<void>;
  shouldStop?: () => boolean;
  onEval?: (point: EvalPoint, info: { tokensPerSecond: number; elapsedMs: number }) => void;
  /** Read the running training loss back every this many steps (WebGL: keeps its queue short); 0 = at evaluations only. */
  syncEvery?: number;
}

export interface TrainOutcome {
  curve: EvalPoint[];
  initialLoss: number;
  stopped: boolean;
  steps: number;
  /** Training steps only (evaluations excluded). */
  trainMs: number;
  tokensPerSecond: number;
}

/**
 * Trains `model` in place for `steps` steps. The batches come from the seed's batch stream, so two
 * runs with the same seed and data see the same batches whatever their starting weights. The
 * optimizer's moments are created here and disposed before returning (or throwing).
 */
export async function trainModel(tf: TF, model: Model, train: Int32Array, validation: Int32Array, o: TrainOptions, hooks: TrainHooks = {}): Promise<TrainOutcome> {
  const now = hooks.now ?? (() => Date.now());
  const rng = createRng(o.seed, LM_STREAM.batches);
  const evalBatches = validationBatches(validation, model.shape.context, Math.max(o.batch, 16));
  const opt = createAdamW(tf, model);
  let running: tfc.Scalar | null = null;
  let runningSteps = 0;
  let trainMs = 0;
  const started = now();
  const curve: EvalPoint[] = [];
  let step = 0;
  let tokens = 0;
  const tps = (): number => (trainMs > 0 ? (tokens / trainMs) * 1000 : 0);
  try {
    const initialLoss = evaluate(tf, model, evalBatches);
    const first: EvalPoint = { step: 0, trainLoss: null, validationLoss: initialLoss, perplexity: Math.exp(initialLoss) };
    curve.push(first);
    hooks.onEval?.(first, { tokensPerSecond: 0, elapsedMs: now() - started });
    let stopped = false;
    while (step < o.steps) {
      if (hooks.yieldNow) await hooks.yieldNow();
      if (hooks.shouldStop?.()) {
        stopped = true;
        break;
      }
      const b = sampleBatch(rng, train, o.batch, model.shape.context);
      const t0 = now();
      const loss = trainStep(tf, model, opt, b, o.lr);
      if (running) {
        const sum: tfc.Scalar = tf.add(running, loss);
        running.dispose();
        loss.dispose();
        running = sum;
      } else running = loss;
      runningSteps++;
      step++;
      tokens += b.batch * b.length;
      if (hooks.syncEvery && step % hooks.syncEvery === 0) running.dataSync();
      trainMs += now() - t0;
      if (step % o.evalEvery === 0 || step === o.steps) {
        // The read-back waits for the queued steps (WebGL), so it counts as training time.
        const t1 = now();
        const trainLoss = (running.dataSync()[0] ?? NaN) / runningSteps;
        trainMs += now() - t1;
        running.dispose();
        running = null;
        runningSteps = 0;
        const validationLoss = evaluate(tf, model, evalBatches);
        const point: EvalPoint = { step, trainLoss, validationLoss, perplexity: Math.exp(validationLoss) };
        curve.push(point);
        hooks.onEval?.(point, { tokensPerSecond: tps(), elapsedMs: now() - started });
      }
    }
    return { curve, initialLoss, stopped, steps: step, trainMs, tokensPerSecond: tps() };
  } finally {
    running?.dispose();
    disposeAdamW(opt);
  }
}
