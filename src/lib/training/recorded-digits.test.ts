/**
 * Re-computes the committed digits run quoted in chapter 5 (`real-data`).
 * To re-record it: RECORD_TRAINING=1 npx vitest run src/lib/training/recorded-digits.test.ts
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { buildDigits } from '../../plugins/digits-build';
import { recordDigitsResult, RECORDED_DIGITS_SETTINGS, type RecordedDigitsResult } from './recorded';

const file = new URL('../../data/training-digits-result.json', import.meta.url);

describe('recorded digits result', () => {
  it('matches a fresh run of the same code on the same digits (cpu backend), and generalises', { timeout: 300_000 }, async () => {
    const before = tf.memory().numTensors;
    const fresh = await recordDigitsResult(tf, `Node.js ${process.version}`, buildDigits().split);
    expect(tf.memory().numTensors).toBe(before);
    if (process.env.RECORD_TRAINING) writeFileSync(file, JSON.stringify(fresh, null, 2) + '\n');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as RecordedDigitsResult;
    expect(saved.settings).toEqual(RECORDED_DIGITS_SETTINGS);
    expect(saved.backend).toBe('cpu');
    expect(saved.history).toHaveLength(RECORDED_DIGITS_SETTINGS.epochs);
    saved.history.forEach((h, i) => {
      expect(h.loss).toBeCloseTo(fresh.history[i]!.loss, 4);
      expect(h.accuracy).toBeCloseTo(fresh.history[i]!.accuracy, 4);
    });
    expect(saved.train.accuracy).toBeCloseTo(fresh.train.accuracy, 4);
    expect(saved.holdout.accuracy).toBeCloseTo(fresh.holdout.accuracy, 4);
    expect(saved.confusion).toEqual(fresh.confusion);
    // Real digits: held-out accuracy far above chance, and the confusion matrix counts the 1,000 test digits.
    expect(saved.holdout.accuracy).toBeGreaterThan(0.8);
    expect(saved.confusion.flat().reduce((a, b) => a + b, 0)).toBe(1000);
    saved.confusion.forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBe(100));
    const diagonal = saved.confusion.reduce((s, row, i) => s + row[i]!, 0);
    expect(diagonal / 1000).toBeCloseTo(saved.holdout.accuracy, 6);
  });
});
