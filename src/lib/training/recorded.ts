import type * as tfc from '@tensorflow/tfjs-core';
import { DEFAULT_SETTINGS, type TrainingSettings } from './settings';
import { train, type Metrics } from './train';
import { digitsDataset, type DigitSplit } from './digits';
import { confusionMatrix } from './infer';

/**
 * A real run of the seed's configuration, made in Node.js with TensorFlow.js's
 * CPU backend and committed as `src/data/training-result.json`. The page shows
 * it when JavaScript is off; `recorded.test.ts` re-computes it.
 */
export interface RecordedResult {
  settings: TrainingSettings;
  backend: string;
  tfjsVersion: string;
  runtime: string;
  history: { epoch: number; loss: number; accuracy: number }[];
  train: Metrics;
  holdout: Metrics;
}

/** The seed's program (with a fixed seed) plus the held-out evaluation. */
export const RECORDED_SETTINGS: TrainingSettings = { ...DEFAULT_SETTINGS, eval: 'holdout' };

export async function recordResult(tf: typeof tfc, runtime: string): Promise<RecordedResult> {
  await tf.setBackend('cpu');
  await tf.ready();
  const r = await train(tf, RECORDED_SETTINGS);
  if (!r.train || !r.holdout) throw new Error('recorded run did not finish');
  return {
    settings: RECORDED_SETTINGS,
    backend: tf.getBackend(),
    tfjsVersion: tf.version_core,
    runtime,
    history: r.history.map(({ epoch, loss, accuracy }) => ({ epoch, loss, accuracy })),
    train: r.train,
    holdout: r.holdout,
  };
}

/** The same program on real digits: the first 1,000 training digits, evaluated on the 1,000 test digits. */
export const RECORDED_DIGITS_SETTINGS: TrainingSettings = { ...DEFAULT_SETTINGS, data: 'digits', eval: 'holdout' };

export interface RecordedDigitsResult extends RecordedResult {
  /** Rows: true digit; columns: the digit read (test set). */
  confusion: number[][];
}

/** `split` is the digits file's content (src/plugins/digits-build.ts builds it from the mnist package). */
export async function recordDigitsResult(tf: typeof tfc, runtime: string, split: DigitSplit): Promise<RecordedDigitsResult> {
  await tf.setBackend('cpu');
  await tf.ready();
  const s = RECORDED_DIGITS_SETTINGS;
  const r = await train(tf, s, {}, { train: digitsDataset(split.train, s.samples), test: digitsDataset(split.test) });
  if (!r.train || !r.holdout || !r.predictions) throw new Error('recorded run did not finish');
  return {
    settings: s,
    backend: tf.getBackend(),
    tfjsVersion: tf.version_core,
    runtime,
    history: r.history.map(({ epoch, loss, accuracy }) => ({ epoch, loss, accuracy })),
    train: r.train,
    holdout: r.holdout,
    confusion: confusionMatrix(split.test.labels, r.predictions),
  };
}
