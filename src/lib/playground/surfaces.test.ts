import { describe, expect, it } from 'vitest';
import { SURFACE_INFO, loss, gradient } from './surfaces';

describe('surfaces and gradients', () => {
  it('evaluates the three surfaces', () => {
    expect(loss('bowl', 10, 2, 1)).toBe(0.5 * (4 + 10));
    expect(loss('rosenbrock', 0, 1, 1)).toBe(0);
    expect(loss('rosenbrock', 0, 0, 0)).toBe(1);
    expect(loss('saddle', 0, 1, 2)).toBe(-3);
  });
  it('gradients match central finite differences', () => {
    const h = 1e-6;
    for (const s of ['bowl', 'rosenbrock', 'saddle'] as const) {
      for (const [x, y] of [
        [-1.3, 0.7],
        [0.4, -0.2],
        [1.5, 1.9],
      ] as const) {
        const g = gradient(s, 7, x, y);
        const gx = (loss(s, 7, x + h, y) - loss(s, 7, x - h, y)) / (2 * h);
        const gy = (loss(s, 7, x, y + h) - loss(s, 7, x, y - h)) / (2 * h);
        expect(g[0]).toBeCloseTo(gx, 4);
        expect(g[1]).toBeCloseTo(gy, 4);
      }
    }
  });
  it('marks points where the gradient vanishes', () => {
    for (const s of ['bowl', 'rosenbrock', 'saddle'] as const) {
      const [x, y] = SURFACE_INFO[s].marked;
      expect(gradient(s, 10, x, y).map(Math.abs)).toEqual([0, 0]);
    }
  });
});
