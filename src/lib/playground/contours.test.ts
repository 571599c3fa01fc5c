import { describe, expect, it } from 'vitest';
import { contourLevels, contours } from './contours';
import { makeMapping } from './plot';
import { SURFACE_INFO, loss, gradient } from './surfaces';

describe('contours', () => {
  it('levels are increasing and inside the view’s range', () => {
    for (const s of ['bowl', 'rosenbrock', 'saddle'] as const) {
      const lv = contourLevels(s, 10);
      for (let i = 1; i < lv.length; i++) expect(lv[i]).toBeGreaterThan(lv[i - 1]!);
    }
  });
  it('contour points lie on their level set (to grid accuracy)', () => {
    for (const s of ['bowl', 'rosenbrock', 'saddle'] as const) {
      const v = SURFACE_INFO[s].view;
      const m = makeMapping(v, 400);
      const nx = 64;
      const h = Math.hypot((v.xMax - v.xMin) / nx, (v.yMax - v.yMin) / nx);
      const c = contours(s, 10, m, nx);
      expect(c.paths).toHaveLength(c.levels.length);
      c.paths.forEach((d, i) => {
        expect(d.length, `${s} level ${i}`).toBeGreaterThan(0);
        const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
        for (let k = 0; k < nums.length; k += 2) {
          const x = m.toX(nums[k]!);
          const y = m.toY(nums[k + 1]!);
          const g = gradient(s, 10, x, y);
          // Within one grid cell of the level set: |f − level| ≤ |∇f|·h (+ the second-order term).
          expect(Math.abs(loss(s, 10, x, y) - c.levels[i]!)).toBeLessThanOrEqual(
            Math.hypot(g[0]!, g[1]!) * h + 400 * h * h,
          );
        }
      });
    }
  });
  it('a closed ellipse is one polyline (segments are joined)', () => {
    const m = makeMapping(SURFACE_INFO.bowl.view, 400);
    const c = contours('bowl', 1, m, 64, [1]);
    expect(c.paths[0]!.match(/M/g)).toHaveLength(1);
  });
});
