/**
 * The loss surfaces the playground offers (bowl, Rosenbrock, saddle): their views, values and
 * gradients. Part of the optimizer playground (src/lib/playground/index.ts). Pure; no DOM.
 */

export const SURFACES = ['bowl', 'rosenbrock', 'saddle'] as const;
export type SurfaceId = (typeof SURFACES)[number];

export interface View {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface Surface {
  id: SurfaceId;
  /** The visible part of the plane (the saddle is unbounded below, so its view is what bounds it). */
  view: View;
  /** Where paths start unless the reader moves the start point. */
  start: readonly [number, number];
  /** The minimum (bowl, Rosenbrock) or the stationary point (saddle) marked on the plot. */
  marked: readonly [number, number];
  /** True when f ≥ 0 with minimum 0: the loss chart is drawn on a log scale. */
  boundedBelow: boolean;
}

export const SURFACE_INFO: Record<SurfaceId, Surface> = {
  bowl: {
    id: 'bowl',
    view: { xMin: -4, xMax: 4, yMin: -3, yMax: 3 },
    start: [-3.5, 2],
    marked: [0, 0],
    boundedBelow: true,
  },
  rosenbrock: {
    id: 'rosenbrock',
    view: { xMin: -2, xMax: 2, yMin: -1, yMax: 2 },
    start: [-1.5, 1.5],
    marked: [1, 1],
    boundedBelow: true,
  },
  saddle: {
    id: 'saddle',
    view: { xMin: -2, xMax: 2, yMin: -1.5, yMax: 1.5 },
    start: [-1.8, 0.05],
    marked: [0, 0],
    boundedBelow: false,
  },
};

/** f(x, y). `kappa` is used by the bowl only. */
export function loss(surface: SurfaceId, kappa: number, x: number, y: number): number {
  switch (surface) {
    case 'bowl':
      return 0.5 * (x * x + kappa * y * y);
    case 'rosenbrock': {
      const a = 1 - x;
      const b = y - x * x;
      return a * a + 100 * b * b;
    }
    case 'saddle':
      return x * x - y * y;
  }
}

/** ∇f(x, y), written into `out` (no allocation in the inner loop). */
export function gradient(surface: SurfaceId, kappa: number, x: number, y: number, out: number[] = [0, 0]): number[] {
  switch (surface) {
    case 'bowl':
      out[0] = x;
      out[1] = kappa * y;
      break;
    case 'rosenbrock': {
      const b = y - x * x;
      out[0] = -2 * (1 - x) - 400 * x * b;
      out[1] = 200 * b;
      break;
    }
    case 'saddle':
      out[0] = 2 * x;
      out[1] = -2 * y;
      break;
  }
  return out;
}
