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

/** Runs `settings` on the CPU backend (on `data` if given) and returns the run as committed. */
async function recordRun(tf: typeof tfc, runtime: string, settings: TrainingSettings, data?: Parameters<typeof train>[3]) {
  await tf.setBackend('cpu');
  await tf.ready();
  const r = await train(tf, settings, {}, data);
  if (!r.train || !r.holdout) throw new Error('recorded run did not finish');
  const result: RecordedResult = {
    settings,
    backend: tf.getBackend(),
    tfjsVersion: tf.version_core,
    runtime,
    history: r.history.map(({ epoch, loss, accuracy }) => ({ epoch, loss, accuracy })),
    train: r.train,
    holdout: r.holdout,
  };
  return { result, predictions: r.predictions };
}

export async function recordResult(tf: typeof tfc, runtime: string): Promise<RecordedResult> {
  return (await recordRun(tf, runtime, RECORDED_SETTINGS)).result;
}

/** The same program on real digits: the first 1,000 training digits, evaluated on the 1,000 test digits. */
export const RECORDED_DIGITS_SETTINGS: TrainingSettings = { ...DEFAULT_SETTINGS, data: 'digits', eval: 'holdout' };

export interface RecordedDigitsResult extends RecordedResult {
  /** Rows: true digit; columns: the digit read (test set). */
  confusion: number[][];
}

/** `split` is the digits file's content (src/plugins/digits-build.ts builds it from the mnist package). */
export async function recordDigitsResult(tf: typeof tfc, runtime: string, split: DigitSplit): Promise<RecordedDigitsResult> {
  const s = RECORDED_DIGITS_SETTINGS;
  const { result, predictions } = await recordRun(tf, runtime, s, { train: digitsDataset(split.train, s.samples), test: digitsDataset(split.test) });
  if (!predictions) throw new Error('recorded run did not finish');
  return { ...result, confusion: confusionMatrix(split.test.labels, predictions) };
}
