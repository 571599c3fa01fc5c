/**
 * The seed's Keras program, written with TensorFlow.js:
 *
 *   Dense(128, relu) → Dense(10, softmax), Adam(1e-3, 0.9, 0.999, 1e-7),
 *   sparse categorical cross-entropy, accuracy, batch 32, shuffled every epoch.
 *
 * The gradients are written out (the softmax/cross-entropy pair has the simple
 * gradient p − y), which runs fewer kernels than the autodiff tape; a unit test
 * checks them against `tf.grads`. Nothing is read back from the device per
 * batch: loss and accuracy are summed on the device and read once per epoch
 * (or every `syncEvery` batches, to keep a GPU queue short). Everything created
 * here, the optimizer included, is disposed before `train` returns or throws.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import { createShuffler, initialWeights, makeDataset, type Dataset } from './data';
import type { EpochMetrics } from './log';
import { ADAM, CLASSES, FEATURES, type TrainingSettings } from './settings';

type TF = typeof tfc;
type Tensor = tfc.Tensor;

export interface Metrics {
  loss: number;
  accuracy: number;
}

export interface TrainResult {
  history: EpochMetrics[];
  stopped: boolean;
  /** Like the seed's `model.evaluate(x_train, y_train)`; null when stopped. */
  train: Metrics | null;
  /** The same model on fresh random data (when `settings.eval` is `holdout`). */
  holdout: Metrics | null;
  /** Training time (epochs only, not data generation or evaluation). */
  trainMs: number;
  /** With given test data: the class the model reads for each test sample. */
  predictions: Int32Array | null;
  /** With `keep`: the trained weights (row-major, as the variables' shapes). */
  weights: TrainedWeights | null;
}

export interface TrainedWeights {
  w1: Float32Array; // inputs × units
  b1: Float32Array;
  w2: Float32Array; // units × classes
  b2: Float32Array;
  units: number;
}

/** Data to train on instead of the seed's random numbers (e.g. the digits), and its test set. */
export interface GivenData {
  train: Dataset;
  test: Dataset;
  /** Read the weights back at the end (for drawing and pictures of the first layer). */
  keep?: boolean;
}

export interface TrainHooks {
  /** After each batch (cheap: no read-back). */
  onBatch?(epoch: number, batch: number, batches: number): void;
  /** After each epoch, with the epoch's mean loss and accuracy. */
  onEpoch?(m: EpochMetrics): void;
  /** Checked before every batch; true ends the run there. */
  shouldStop?(): boolean;
  /** Awaited after every batch, e.g. to let a worker receive "stop". */
  yieldNow?(): Promise<void>;
  /** Read the running sums back every this many batches (0: once per epoch). */
  syncEvery?: number;
  /** A clock in ms (performance.now in browsers). */
  now?(): number;
}

/** Names must be unique among live variables; a counter keeps runs apart. */
let runCounter = 0;

export async function train(tf: TF, settings: TrainingSettings, hooks: TrainHooks = {}, given?: GivenData): Promise<TrainResult> {
  const { epochs, batch, units, lr, seed } = settings;
  const samples = given ? given.train.count : settings.samples;
  const now = hooks.now ?? (() => Date.now());
  const run = ++runCounter;
  const owned: Tensor[] = [];
  const keep = <T extends Tensor>(t: T): T => (owned.push(t), t);
  let optimizer: tfc.AdamOptimizer | null = null;

  try {
    // Data: x_train = np.random.random((samples, 784)); y_train = np.random.randint(10, size=(samples,))
    // (or the given data: the first `samples` training digits)
    const data = given?.train ?? makeDataset(seed, samples, FEATURES, CLASSES, 'train');

    // Model: Glorot-uniform kernels, zero biases (Keras's defaults).
    const init = initialWeights(seed, FEATURES, units, CLASSES);
    const variable = (values: Float32Array, shape: [number] | [number, number], name: string): tfc.Variable => {
      const t = tf.tensor(values, shape, 'float32');
      const v = tf.variable(t, true, `training-${run}/${name}`);
      t.dispose();
      return keep(v);
    };
    const w1 = variable(init.w1, [FEATURES, units], 'dense/kernel');
    const b1 = variable(init.b1, [units], 'dense/bias');
    const w2 = variable(init.w2, [units, CLASSES], 'dense_1/kernel');
    const b2 = variable(init.b2, [CLASSES], 'dense_1/bias');

    const forward = (xb: tfc.Tensor2D): { hidden: tfc.Tensor2D; logits: tfc.Tensor2D } => {
      const hidden = tf.fused.matMul({ a: xb, b: w1, bias: b1, activation: 'relu' }) as tfc.Tensor2D;
      const logits = tf.fused.matMul({ a: hidden, b: w2, bias: b2 }) as tfc.Tensor2D;
      return { hidden, logits };
    };

    optimizer = tf.train.adam(lr, ADAM.beta1, ADAM.beta2, ADAM.epsilon);
    const opt = optimizer;

    /**
     * One optimization step; returns the batch's summed loss and number of
     * correct predictions. `xbT` is the batch transposed (inputs × batch): the
     * WASM backend multiplies untransposed operands with XNNPACK, but falls
     * back to a slow loop when matMul is asked to transpose one, so every
     * transpose here is explicit (and the big one is done in JavaScript).
     */
    const step = (xb: tfc.Tensor2D, xbT: tfc.Tensor2D, yb: tfc.Tensor1D, size: number): [Tensor, Tensor] => {
      const { hidden, logits } = forward(xb);
      const target = tf.oneHot(yb, CLASSES);
      const logProbs = tf.logSoftmax(logits);
      const lossSum = tf.neg(tf.sum(tf.mul(target, logProbs)));
      // d(mean loss)/d(logits) = (softmax(logits) − one_hot(y)) / batch
      const dLogits = tf.div(tf.sub(tf.exp(logProbs), target), size);
      // Back through Dense(10) and the ReLU: dHidden = dLogits · W2ᵀ ⊙ [hidden > 0]
      const dHidden = tf.mul(tf.matMul(dLogits, tf.transpose(w2)), tf.step(hidden));
      opt.applyGradients({
        [w1.name]: tf.matMul(xbT, dHidden), // xᵀ · dHidden
        [b1.name]: tf.sum(dHidden, 0),
        [w2.name]: tf.matMul(tf.transpose(hidden), dLogits), // hiddenᵀ · dLogits
        [b2.name]: tf.sum(dLogits, 0),
      });
      // Keras's "accuracy" for sparse labels: argmax of the prediction equals the label.
      const correct = tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), yb), 'float32'));
      return [lossSum, correct];
    };

    const shuffle = createShuffler(seed, samples);
    const batches = Math.ceil(samples / batch);
    const history: EpochMetrics[] = [];
    let stopped = false;
    const start = now();

    for (let epoch = 1; epoch <= epochs && !stopped; epoch++) {
      const epochStart = now();
      // Our own seeded shuffle. Batches are cut from the JavaScript arrays and
      // uploaded (a copy per batch), cheaper than gathering on the device.
      const order = shuffle();
      let lossSum: Tensor = tf.scalar(0);
      let correct: Tensor = tf.scalar(0);
      try {
        for (let b = 0; b < batches; b++) {
          if (hooks.shouldStop?.()) {
            stopped = true;
            break;
          }
          const begin = b * batch;
          const size = Math.min(batch, samples - begin);
          const xBatch = new Float32Array(size * FEATURES);
          const xBatchT = new Float32Array(size * FEATURES);
          const yBatch = new Int32Array(size);
          for (let i = 0; i < size; i++) {
            const row = order[begin + i]!;
            const src = data.x.subarray(row * FEATURES, (row + 1) * FEATURES);
            xBatch.set(src, i * FEATURES);
            for (let f = 0; f < FEATURES; f++) xBatchT[f * size + i] = src[f]!;
            yBatch[i] = data.y[row]!;
          }
          const [nextLoss, nextCorrect] = tf.tidy(() => {
            const xb = tf.tensor2d(xBatch, [size, FEATURES]);
            const xbT = tf.tensor2d(xBatchT, [FEATURES, size]);
            const yb = tf.tensor1d(yBatch, 'int32');
            const [l, c] = step(xb, xbT, yb, size);
            return [tf.add(lossSum, l), tf.add(correct, c)];
          });
          lossSum.dispose();
          correct.dispose();
          lossSum = nextLoss!;
          correct = nextCorrect!;
          hooks.onBatch?.(epoch, b + 1, batches);
          if (hooks.syncEvery && (b + 1) % hooks.syncEvery === 0 && b + 1 < batches) await lossSum.data();
          if (hooks.yieldNow) await hooks.yieldNow();
        }
        if (!stopped) {
          const [l, c] = await Promise.all([lossSum.data(), correct.data()]);
          const m: EpochMetrics = { epoch, loss: l[0]! / samples, accuracy: c[0]! / samples, ms: now() - epochStart };
          history.push(m);
          hooks.onEpoch?.(m);
        }
      } finally {
        lossSum.dispose();
        correct.dispose();
      }
    }
    const trainMs = now() - start;

    /** Mean loss and accuracy of the current model on a data set, in chunks. */
    const evaluate = async (set: Dataset, predictions?: Int32Array): Promise<Metrics> => {
      const n = set.count;
      let lossSum: Tensor = tf.scalar(0);
      let correct: Tensor = tf.scalar(0);
      try {
        for (let begin = 0; begin < n; begin += 1000) {
          const size = Math.min(1000, n - begin);
          const [l, c, p] = tf.tidy(() => {
            const xb = tf.tensor2d(set.x.subarray(begin * FEATURES, (begin + size) * FEATURES), [size, FEATURES]);
            const yb = tf.tensor1d(set.y.subarray(begin, begin + size), 'int32');
            const { logits } = forward(xb);
            const read = tf.argMax(logits, 1);
            const loss = tf.neg(tf.sum(tf.mul(tf.oneHot(yb, CLASSES), tf.logSoftmax(logits))));
            const hits = tf.sum(tf.cast(tf.equal(read, yb), 'float32'));
            return [tf.add(lossSum, loss), tf.add(correct, hits), read];
          });
          lossSum.dispose();
          correct.dispose();
          lossSum = l!;
          correct = c!;
          try {
            if (predictions) predictions.set(await p!.data(), begin);
          } finally {
            p!.dispose();
          }
        }
        const [l, c] = await Promise.all([lossSum.data(), correct.data()]);
        return { loss: l[0]! / n, accuracy: c[0]! / n };
      } finally {
        lossSum.dispose();
        correct.dispose();
      }
    };

    if (stopped) return { history, stopped, train: null, holdout: null, trainMs, predictions: null, weights: null };
    const trainEval = await evaluate(data);
    // Given data is always evaluated on its test set; the random data on fresh random data when asked.
    const predictions = given ? new Int32Array(given.test.count) : null;
    const holdoutEval = given
      ? await evaluate(given.test, predictions!)
      : settings.eval === 'holdout'
        ? await evaluate(makeDataset(seed, samples, FEATURES, CLASSES, 'holdout'))
        : null;
    let weights: TrainedWeights | null = null;
    if (given?.keep) {
      const [a, b, c, d] = await Promise.all([w1.data(), b1.data(), w2.data(), b2.data()]);
      // Copies: a backend may hand out a view of its own memory.
      weights = { w1: Float32Array.from(a), b1: Float32Array.from(b), w2: Float32Array.from(c), b2: Float32Array.from(d), units };
    }
    return { history, stopped, train: trainEval, holdout: holdoutEval, trainMs, predictions, weights };
  } finally {
    optimizer?.dispose();
    for (const t of owned) t.dispose();
  }
}
