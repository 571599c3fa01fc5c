/**
 * The loss chart (log or symmetric log scale) and the data table under it. Part of the optimizer
 * playground (src/lib/playground/index.ts). Pure; no DOM.
 */
import { r1 } from './plot';
import { type OptId } from './settings';
import { type SurfaceId, SURFACE_INFO } from './surfaces';
import { type Trajectory } from './trajectories';

export type LossScale = 'log' | 'symlog';

/** The loss chart's y value: log₁₀ f for surfaces with minimum 0, a symmetric log for the saddle. */
export function lossScale(surface: SurfaceId): LossScale {
  return SURFACE_INFO[surface].boundedBelow ? 'log' : 'symlog';
}

/** Smallest loss drawn on the log scale (f = 0 exactly would be −∞). */
export const LOG_FLOOR = 1e-12;

export function scaleLoss(scale: LossScale, f: number): number {
  if (scale === 'log') return Math.log10(Math.max(f, LOG_FLOOR));
  return Math.sign(f) * Math.log10(1 + Math.abs(f));
}

/** Decades of loss above the start shown on the loss chart (beyond: off the top, i.e. diverging). */
export const CHART_DECADES = 3;

export interface LossChart {
  /** Per optimizer: path pieces, one per iteration (join a prefix with joinPrefix for an animation frame). */
  lines: { opt: OptId; pieces: string[] }[];
  /** Range of the scaled values, and the loss values at its ends (axis labels). */
  lo: number;
  hi: number;
  fLo: number;
  fHi: number;
  scale: LossScale;
}

/** Inverse of scaleLoss (axis labels). */
export function unscaleLoss(scale: LossScale, v: number): number {
  if (scale === 'log') return 10 ** v;
  return Math.sign(v) * (10 ** Math.abs(v) - 1);
}

/**
 * Loss-versus-iteration polylines in a width × height box (origin top-left),
 * x from 0 to `steps`, y over the range of all finite losses.
 */
export function lossChart(
  ts: readonly Trajectory[],
  surface: SurfaceId,
  steps: number,
  width: number,
  height: number,
): LossChart {
  const scale = lossScale(surface);
  let lo = Infinity;
  let hi = -Infinity;
  const scaled = ts.map((t) =>
    t.losses.map((f) => {
      const v = scaleLoss(scale, f);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      return v;
    }),
  );
  if (!Number.isFinite(lo)) {
    lo = 0;
    hi = 1;
  }
  // A diverging path would squash the others against the floor: the chart shows at most
  // CHART_DECADES above (and, for the saddle, below) the starting loss; such a line leaves the top.
  const s0 = scaled[0]?.[0];
  if (s0 !== undefined) {
    hi = Math.min(hi, s0 + CHART_DECADES);
    if (scale === 'symlog') lo = Math.max(lo, s0 - CHART_DECADES);
  }
  if (hi - lo < 1e-9) {
    lo -= 0.5;
    hi += 0.5;
  }
  const sx = width / Math.max(1, steps);
  const sy = height / (hi - lo);
  const lines = ts.map((t, k) => ({
    opt: t.opt,
    pieces: scaled[k]!.map((v, i) => `${i === 0 ? 'M' : 'L'}${r1(i * sx)} ${r1(height - (v - lo) * sy)}`),
  }));
  return { lines, lo, hi, fLo: unscaleLoss(scale, lo), fHi: unscaleLoss(scale, hi), scale };
}

// ---------------------------------------------------------------- data table

export interface TableRow {
  step: number;
  /** Per optimizer (in the order of `ts`): [x, y, f], or null past the end of a diverged path. */
  cells: ([number, number, number] | null)[];
}

/**
 * At most about `maxRows` rows: every k-th step, always including the first and the last.
 * 21 rows by default (every 5th of the default 100 steps): the table summarizes the paths
 * the plot draws; a longer one would add a thousand elements to the chapter's HTML.
 */
export function tableRows(
  ts: readonly Trajectory[],
  steps: number,
  maxRows = 21,
): { stride: number; rows: TableRow[] } {
  const stride = Math.max(1, Math.ceil(steps / (maxRows - 1)));
  const idx: number[] = [];
  for (let k = 0; k <= steps; k += stride) idx.push(k);
  if (idx[idx.length - 1] !== steps) idx.push(steps);
  const rows = idx.map((k) => ({
    step: k,
    cells: ts.map((t): [number, number, number] | null =>
      k < t.xs.length ? [t.xs[k]!, t.ys[k]!, t.losses[k]!] : null,
    ),
  }));
  return { stride, rows };
}
