import { createRng, STREAM } from '../maths/prng';

/** A data set held in plain arrays: `x` is row-major `count × features`. */
export interface Dataset {
  x: Float32Array;
  y: Int32Array;
  count: number;
  features: number;
  classes: number;
}

/**
 * Random inputs uniform in [0, 1) and random labels uniform in 0 … classes−1,
 * like the seed's `np.random.random((1000, 784))` and
 * `np.random.randint(10, size=(1000,))`, but reproducible from `seed`.
 * The hold-out set comes from a separate stream of the same seed.
 */
export function makeDataset(
  seed: number,
  count: number,
  features: number,
  classes: number,
  which: 'train' | 'holdout' = 'train',
): Dataset {
  const rng = createRng(seed, which === 'train' ? STREAM.data : STREAM.holdout);
  const x = new Float32Array(count * features);
  for (let i = 0; i < x.length; i++) x[i] = rng.nextFloat();
  const y = new Int32Array(count);
  for (let i = 0; i < count; i++) y[i] = rng.nextInt(classes);
  return { x, y, count, features, classes };
}

/** Glorot (Xavier) uniform limit, as Keras's default kernel initializer. */
export function glorotLimit(fanIn: number, fanOut: number): number {
  return Math.sqrt(6 / (fanIn + fanOut));
}

/** Initial weights of a two-layer dense network: Glorot-uniform kernels, zero biases. */
export interface InitialWeights {
  w1: Float32Array; // inputs × units
  b1: Float32Array; // units
  w2: Float32Array; // units × classes
  b2: Float32Array; // classes
}

export function initialWeights(seed: number, inputs: number, units: number, classes: number): InitialWeights {
  const rng = createRng(seed, STREAM.weights);
  const fill = (n: number, limit: number): Float32Array => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = (rng.nextFloat() * 2 - 1) * limit;
    return a;
  };
  const w1 = fill(inputs * units, glorotLimit(inputs, units));
  const w2 = fill(units * classes, glorotLimit(units, classes));
  return { w1, b1: new Float32Array(units), w2, b2: new Float32Array(classes) };
}

/**
 * The order of the samples in each epoch: a Fisher–Yates permutation per epoch,
 * from its own stream (`model.fit`'s shuffle would use Math.random).
 */
export function createShuffler(seed: number, count: number): () => Int32Array {
  const rng = createRng(seed, STREAM.shuffle);
  return () => {
    const p = new Int32Array(count);
    for (let i = 0; i < count; i++) p[i] = i;
    for (let i = count - 1; i > 0; i--) {
      const j = rng.nextInt(i + 1);
      const t = p[i]!;
      p[i] = p[j]!;
      p[j] = t;
    }
    return p;
  };
}
