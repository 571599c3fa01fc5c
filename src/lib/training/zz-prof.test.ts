import { it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { train } from './train';
import { DEFAULT_SETTINGS } from './settings';

it('profile', { timeout: 300000 }, async () => {
  (globalThis as any).NOFUSE = process.env.NOFUSE === '1';
  await tf.setBackend('wasm');
  await tf.ready();
  console.log('backend', tf.getBackend(), await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
  const s = { ...DEFAULT_SETTINGS, epochs: 2 };
  let t0 = performance.now();
  await train(tf, s, { now: () => performance.now() });
  console.log('2 epochs ms', performance.now() - t0);
  // kernel profile of one epoch
  const prof = await tf.profile(async () => { await train(tf, { ...s, epochs: 1 }); });
  const agg = new Map<string, { n: number; ms: number }>();
  for (const k of prof.kernels) {
    const a = agg.get(k.name) ?? { n: 0, ms: 0 };
    a.n++; a.ms += (k.kernelTimeMs as number) || 0;
    agg.set(k.name, a);
  }
  const rows = [...agg.entries()].sort((a, b) => b[1].ms - a[1].ms);
  for (const [n, a] of rows.slice(0, 25)) console.log(n.padEnd(20), a.n, a.ms.toFixed(1));
  console.log('kernels', prof.kernels.length);
});
