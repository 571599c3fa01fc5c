import { describe, expect, it } from 'vitest';
import { createRng } from '../maths/prng';
import { createShuffler, glorotLimit, initialWeights, makeDataset } from './data';
import { backendOrder, isSoftwareRenderer } from './backend';
import { epochLine, evaluateLine, eta } from './log';

describe('prng', () => {
  it('is deterministic per seed and stream, and differs between them', () => {
    const a = Array.from({ length: 5 }, createRng(1, 0).nextUint32);
    expect(Array.from({ length: 5 }, createRng(1, 0).nextUint32)).toEqual(a);
    expect(Array.from({ length: 5 }, createRng(2, 0).nextUint32)).not.toEqual(a);
    expect(Array.from({ length: 5 }, createRng(1, 1).nextUint32)).not.toEqual(a);
  });
  it('gives floats in [0, 1) that survive float32 rounding, and unbiased-looking integers', () => {
    const r = createRng(3);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const f = r.nextFloat();
      expect(Math.fround(f)).toBe(f);
      expect(f >= 0 && f < 1).toBe(true);
      counts[r.nextInt(10)]!++;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });
});

describe('data', () => {
  it('has inputs in [0,1), labels in 0–9, and is reproducible', () => {
    const d = makeDataset(42, 200, 784, 10);
    expect(d.x.length).toBe(200 * 784);
    expect(d.y.length).toBe(200);
    expect(d.x.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(d.y).size).toBe(10);
    const again = makeDataset(42, 200, 784, 10);
    expect(again.x).toEqual(d.x);
    expect(again.y).toEqual(d.y);
    const mean = d.x.reduce((s, v) => s + v, 0) / d.x.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });
  it('keeps the hold-out set apart from the training set', () => {
    const t = makeDataset(42, 100, 784, 10, 'train');
    const h = makeDataset(42, 100, 784, 10, 'holdout');
    expect(h.x).not.toEqual(t.x);
  });
  it('draws Glorot-uniform kernels and zero biases', () => {
    const w = initialWeights(42, 784, 128, 10);
    const lim1 = glorotLimit(784, 128);
    expect(lim1).toBeCloseTo(Math.sqrt(6 / 912), 12);
    const max1 = w.w1.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(max1).toBeLessThanOrEqual(lim1);
    expect(max1).toBeGreaterThan(lim1 * 0.99);
    expect(w.w2.length).toBe(1280);
    expect(Math.max(...w.w2.map(Math.abs))).toBeLessThanOrEqual(glorotLimit(128, 10));
    expect([...w.b1, ...w.b2].every((v) => v === 0)).toBe(true);
    expect(initialWeights(42, 784, 128, 10).w1).toEqual(w.w1);
  });
  it('shuffles to a new permutation each epoch, the same sequence each run', () => {
    const s1 = createShuffler(5, 50);
    const s2 = createShuffler(5, 50);
    const a = s1();
    const b = s1();
    expect([...a].sort((p, q) => p - q)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(b).not.toEqual(a);
    expect(s2()).toEqual(a);
    expect(s2()).toEqual(b);
  });
});

describe('backend order', () => {
  const probe = { webglRenderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', webgpu: false, wasm: true };
  it('detects software renderers', () => {
    expect(isSoftwareRenderer(probe.webglRenderer)).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11)')).toBe(false);
    expect(isSoftwareRenderer(null)).toBe(false);
  });
  it('prefers WASM on software WebGL and WebGL on a hardware GPU', () => {
    expect(backendOrder('auto', probe)).toEqual(['wasm', 'webgl', 'cpu']);
    expect(backendOrder('auto', { ...probe, webglRenderer: 'Apple M2' })).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendOrder('auto', { ...probe, webglRenderer: null })).toEqual(['wasm', 'cpu']);
    expect(backendOrder('auto', { ...probe, webglRenderer: null, wasm: false })).toEqual(['cpu']);
  });
  it('puts an explicit choice first, then falls back', () => {
    expect(backendOrder('webgl', probe)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendOrder('webgpu', probe)).toEqual(['webgpu', 'wasm', 'webgl', 'cpu']);
    expect(backendOrder('cpu', probe)).toEqual(['cpu']);
  });
});

describe('log lines', () => {
  it('look like Keras', () => {
    expect(epochLine({ epoch: 3, loss: 2.28714, accuracy: 0.142 }, 10, 32)).toBe('Epoch 3/10 - 32/32 - loss: 2.2871 - accuracy: 0.1420');
    expect(epochLine({ epoch: 1, loss: 2.3, accuracy: 0.1, ms: 1234 }, 10, 32)).toBe('Epoch 1/10 - 32/32 - 1.2s - loss: 2.3000 - accuracy: 0.1000');
    expect(evaluateLine(0.5, 0.75, 32)).toBe('32/32 - loss: 0.5000 - accuracy: 0.7500');
  });
  it('estimates time left', () => {
    expect(eta(100, 0, 10)).toBeNull();
    expect(eta(100, 5, 10)).toBe(100);
  });
});
