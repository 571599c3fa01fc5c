/**
 * Browser side of `npm run bench:lm` (bundled by esbuild in e2e/bench/lm.ts, served on the preview's
 * origin under /__lmbench/): training steps per second of the lab's model (src/lib/lm: the worker's
 * own functions) and of the idiomatic tf.layers anchor (src/lib/lm/idiomatic.ts), on one backend,
 * on random tokens of the default shape.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createModel, disposeModel, initialValues } from '../../src/lib/lm/model';
import { createAdamW, disposeAdamW, sampleBatch, trainStep } from '../../src/lib/lm/train';
import { createRng } from '../../src/lib/maths/prng';
import { idiomaticModel } from '../../src/lib/lm/idiomatic';

interface SpeedInput {
  backend: 'wasm' | 'webgl' | 'cpu';
  impl: 'ours' | 'idiomatic';
  steps: number;
  shape: { layers: number; heads: number; width: number; context: number; vocabulary: number };
  batch: number;
}

async function speed(i: SpeedInput): Promise<{ tokensPerSecond: number | null; backend: string; error: string | null; leaked: number }> {
  setWasmPaths('/__lmbench/');
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (!(await tf.setBackend(i.backend))) return { tokensPerSecond: null, backend: tf.getBackend(), error: `${i.backend} did not initialize`, leaked: 0 };
  await tf.ready();
  const before = tf.memory().numTensors;
  const rng = createRng(1, 1);
  const tokens = Int32Array.from({ length: 50_000 }, () => rng.nextInt(i.shape.vocabulary));
  const t = i.shape.context;
  let ms = 0;
  try {
    if (i.impl === 'ours') {
      const m = createModel(tf, i.shape, initialValues(i.shape, 1));
      const opt = createAdamW(tf, m);
      try {
        for (let s = 0; s <= i.steps; s++) {
          const b = sampleBatch(rng, tokens, i.batch, t);
          const t0 = performance.now();
          const loss = trainStep(tf, m, opt, b, 1e-3);
          loss.dataSync();
          loss.dispose();
          if (s > 0) ms += performance.now() - t0; // step 0 warms up (kernels, shader compilation)
        }
      } finally {
        disposeAdamW(opt);
        disposeModel(m);
      }
    } else {
      const m = idiomaticModel(tf, i.shape, 1e-3);
      try {
        for (let s = 0; s <= i.steps; s++) {
          const b = sampleBatch(rng, tokens, i.batch, t);
          const x = tf.tensor2d(b.x, [b.batch, t], 'int32');
          const y = tf.tensor3d(Float32Array.from(b.y), [b.batch, t, 1]);
          const t0 = performance.now();
          await m.trainOnBatch(x, y);
          if (s > 0) ms += performance.now() - t0;
          x.dispose();
          y.dispose();
        }
      } finally {
        m.dispose();
        (m.optimizer as tf.Optimizer | undefined)?.dispose();
      }
    }
  } catch (e) {
    return { tokensPerSecond: null, backend: tf.getBackend(), error: e instanceof Error ? e.message : String(e), leaked: tf.memory().numTensors - before };
  }
  return { tokensPerSecond: (i.steps * i.batch * t * 1000) / ms, backend: tf.getBackend(), error: null, leaked: tf.memory().numTensors - before };
}

(globalThis as unknown as { lmBench: unknown }).lmBench = { speed };
