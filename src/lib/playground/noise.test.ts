import { describe, expect, it } from 'vitest';
import { mulberry32, gaussian } from './noise';
import { type Settings, defaultSettings } from './settings';
import { run } from './trajectories';

const S = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('seeded noise', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const c = mulberry32(124);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
  it('Box–Muller draws have mean ≈ 0 and variance ≈ 1', () => {
    const g = gaussian(1);
    const n = 20000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = g();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });
  it('the same settings and seed give the same paths; another seed another SGD path', () => {
    const a = run(S());
    const b = run(S());
    expect(b).toEqual(a);
    const c = run(S({ seed: 43 }));
    expect(c.find((t) => t.opt === 'sgd')!.xs).not.toEqual(a.find((t) => t.opt === 'sgd')!.xs);
    expect(c.find((t) => t.opt === 'gd')!.xs).toEqual(a.find((t) => t.opt === 'gd')!.xs);
  });
});
