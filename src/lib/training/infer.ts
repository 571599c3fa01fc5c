/**
 * What the lab shows after training on digits, computed in plain JavaScript
 * from the trained weights and the test predictions (no TensorFlow.js, so the
 * page can read a drawing at once): the network's probabilities for one image,
 * the confusion matrix, the misclassified digits, a unit's first-layer weights.
 */
import type { TrainedWeights } from './train';

const CLASSES = 10;
const FEATURES = 784;

/** Dense(units, relu) → Dense(10, softmax) on one 784-pixel image (values in [0, 1]). */
export function probabilities(w: TrainedWeights, x: ArrayLike<number>): number[] {
  const { units } = w;
  if (x.length !== FEATURES) throw new RangeError(`expected ${FEATURES} pixels, got ${x.length}`);
  const hidden = new Float64Array(units);
  for (let u = 0; u < units; u++) hidden[u] = w.b1[u]!;
  for (let i = 0; i < FEATURES; i++) {
    const v = x[i]!;
    if (v === 0) continue;
    const row = i * units;
    for (let u = 0; u < units; u++) hidden[u] += v * w.w1[row + u]!;
  }
  const logits = new Float64Array(CLASSES);
  for (let k = 0; k < CLASSES; k++) logits[k] = w.b2[k]!;
  for (let u = 0; u < units; u++) {
    const h = hidden[u]!;
    if (h <= 0) continue; // ReLU
    for (let k = 0; k < CLASSES; k++) logits[k] += h * w.w2[u * CLASSES + k]!;
  }
  let max = -Infinity;
  for (const l of logits) max = Math.max(max, l);
  const e = Array.from(logits, (l) => Math.exp(l - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export const argMax = (p: readonly number[]): number => p.reduce((best, v, i) => (v > p[best]! ? i : best), 0);

/** Counts of (true class, read class): rows are the true digits, columns what the model read. */
export function confusionMatrix(labels: ArrayLike<number>, predictions: ArrayLike<number>, classes = CLASSES): number[][] {
  if (labels.length !== predictions.length) throw new RangeError('labels and predictions differ in length');
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < labels.length; i++) m[labels[i]!]![predictions[i]!]!++;
  return m;
}

/** Indices of the test digits the model read wrongly (at most `limit`, in order). */
export function misclassified(labels: ArrayLike<number>, predictions: ArrayLike<number>, limit = Infinity): number[] {
  const out: number[] = [];
  for (let i = 0; i < labels.length && out.length < limit; i++) if (labels[i] !== predictions[i]) out.push(i);
  return out;
}

/** Unit `unit`'s 784 incoming weights (a 28×28 picture), scaled to [−1, 1] by their largest magnitude. */
export function unitWeights(w: Pick<TrainedWeights, 'w1' | 'units'>, unit: number): Float32Array {
  const out = new Float32Array(FEATURES);
  let max = 0;
  for (let i = 0; i < FEATURES; i++) {
    const v = w.w1[i * w.units + unit]!;
    out[i] = v;
    max = Math.max(max, Math.abs(v));
  }
  if (max > 0) for (let i = 0; i < FEATURES; i++) out[i]! /= max;
  return out;
}

/** Test digit `i` of a packed byte array (one byte per pixel, `pixels` per digit) as values in [0, 1]. */
export function digitImage(bytes: ArrayLike<number>, i: number, pixels: number): Float32Array {
  const out = new Float32Array(pixels);
  for (let k = 0; k < pixels; k++) out[k] = (bytes[i * pixels + k] ?? 0) / 255;
  return out;
}

/**
 * RGBA bytes of a picture: gray (0 black … 1 white), or diverging (white at 0,
 * blue for positive, red for negative, full colour at |v| ≥ 1).
 */
export function pictureRgba(values: ArrayLike<number>, diverging: boolean): Uint8ClampedArray {
  const out = new Uint8ClampedArray(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let r: number, g: number, b: number;
    if (diverging) {
      const a = Math.min(1, Math.abs(v));
      [r, g, b] = v >= 0 ? [255 * (1 - a), 255 * (1 - 0.6 * a), 255] : [255, 255 * (1 - 0.8 * a), 255 * (1 - 0.8 * a)];
    } else {
      r = g = b = 255 * v;
    }
    out.set([r, g, b, 255], i * 4);
  }
  return out;
}
