/**
 * Re-computes the committed result of the seeded run shown on the page.
 * To re-record it (after changing the training code on purpose):
 *   RECORD_TRAINING=1 npx vitest run src/lib/training/recorded.test.ts
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { recordResult, RECORDED_SETTINGS, type RecordedResult } from './recorded';

const file = new URL('../../data/training-result.json', import.meta.url);

describe('recorded training result', () => {
  it('matches a fresh run of the same code (cpu backend)', { timeout: 180_000 }, async () => {
    const fresh = await recordResult(tf, `Node.js ${process.version}`);
    if (process.env.RECORD_TRAINING) writeFileSync(file, JSON.stringify(fresh, null, 2) + '\n');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as RecordedResult;
    expect(saved.settings).toEqual(RECORDED_SETTINGS);
    expect(saved.backend).toBe('cpu');
    expect(saved.tfjsVersion).toBe(tf.version_core);
    expect(saved.history).toHaveLength(RECORDED_SETTINGS.epochs);
    saved.history.forEach((h, i) => {
      expect(h.epoch).toBe(i + 1);
      expect(h.loss).toBeCloseTo(fresh.history[i]!.loss, 4);
      expect(h.accuracy).toBeCloseTo(fresh.history[i]!.accuracy, 4);
    });
    expect(saved.train.loss).toBeCloseTo(fresh.train.loss, 4);
    expect(saved.train.accuracy).toBeCloseTo(fresh.train.accuracy, 4);
    expect(saved.holdout.loss).toBeCloseTo(fresh.holdout.loss, 4);
    expect(saved.holdout.accuracy).toBeCloseTo(fresh.holdout.accuracy, 4);
    // Random labels: on fresh data the model can only guess (10 classes).
    expect(Math.abs(saved.holdout.accuracy - 0.1)).toBeLessThan(0.05);
  });
});
