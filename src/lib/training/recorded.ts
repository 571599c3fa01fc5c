import type * as tfc from '@tensorflow/tfjs-core';
import { DEFAULT_SETTINGS, type TrainingSettings } from './settings';
import { train, type Metrics } from './train';

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
