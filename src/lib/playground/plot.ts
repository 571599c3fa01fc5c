/**
 * The plot's coordinate mapping, SVG path clipping to the plot area, the trajectories as SVG paths,
 * and axis ticks. Part of the optimizer playground (src/lib/playground/index.ts). Pure; no DOM.
 */
import { inView, roundTo } from './settings';
import { type View } from './surfaces';
import { type Trajectory } from './trajectories';

export interface Mapping {
  view: View;
  /** Plot area in SVG user units (left/top margins for the axes). */
  left: number;
  top: number;
  width: number;
  height: number;
  px: (x: number) => number;
  py: (y: number) => number;
  /** SVG user units back to plane coordinates. */
  toX: (px: number) => number;
  toY: (py: number) => number;
}

/** Equal scale on both axes: the plot's height follows the view's aspect ratio. */
export function makeMapping(view: View, width: number, left = 0, top = 0): Mapping {
  const sx = width / (view.xMax - view.xMin);
  const height = (view.yMax - view.yMin) * sx;
  return {
    view,
    left,
    top,
    width,
    height,
    px: (x) => left + (x - view.xMin) * sx,
    py: (y) => top + (view.yMax - y) * sx,
    toX: (p) => view.xMin + (p - left) / sx,
    toY: (p) => view.yMax - (p - top) / sx,
  };
}

export function r1(v: number): string {
  // One decimal in SVG units is sub-pixel at the plot's size; "-0" printed as "0".
  const s = (Math.round(v * 10) / 10).toString();
  return s === '-0' ? '0' : s;
}

/**
 * Clips segment (x0,y0)–(x1,y1) to a rectangle (Liang–Barsky). Returns the clipped
 * segment's end points or null if it lies outside.
 */
export function clipSegment(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: { xMin: number; xMax: number; yMin: number; yMax: number },
): [number, number, number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const checks: [number, number][] = [
    [-dx, x0 - r.xMin],
    [dx, r.xMax - x0],
    [-dy, y0 - r.yMin],
    [dy, r.yMax - y0],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return null;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return null;
        if (t < t1) t1 = t;
      }
    }
  }
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}

/**
 * The SVG path of a trajectory as pieces: piece i draws the step into point i
 * (piece 0 moves to the start), clipped to the view (slightly enlarged, so a
 * path leaving the view visibly runs off its edge). The path of the first n
 * points is the first n pieces joined, so an animation frame only joins strings.
 */
export function trajectorySegments(t: Trajectory, m: Mapping): string[] {
  const n = t.xs.length;
  const v = m.view;
  const padX = (v.xMax - v.xMin) * 0.05;
  const padY = (v.yMax - v.yMin) * 0.05;
  const box = { xMin: v.xMin - padX, xMax: v.xMax + padX, yMin: v.yMin - padY, yMax: v.yMax + padY };
  const out = new Array<string>(n);
  let penX = t.xs[0]!;
  let penY = t.ys[0]!;
  out[0] = inView(box, penX, penY) ? `M${r1(m.px(penX))} ${r1(m.py(penY))}` : '';
  if (!out[0]) penX = penY = NaN;
  for (let i = 1; i < n; i++) {
    const c = clipSegment(t.xs[i - 1]!, t.ys[i - 1]!, t.xs[i]!, t.ys[i]!, box);
    if (!c) {
      out[i] = '';
      continue;
    }
    const [ax, ay, bx, by] = c;
    const move = ax !== penX || ay !== penY ? `M${r1(m.px(ax))} ${r1(m.py(ay))}` : '';
    out[i] = `${move}L${r1(m.px(bx))} ${r1(m.py(by))}`;
    penX = bx;
    penY = by;
  }
  return out;
}

/** The first `count` pieces joined into one path. */
export function joinPrefix(pieces: readonly string[], count: number): string {
  return pieces.slice(0, Math.max(0, Math.min(count, pieces.length))).join('');
}

/** The SVG path of a trajectory's first `count` points (see trajectorySegments). */
export function trajectoryPath(t: Trajectory, m: Mapping, count = t.xs.length): string {
  return joinPrefix(trajectorySegments(t, m), count);
}

/** "Nice" tick values (1, 2, 5 × 10ⁿ) covering [min, max]. */
export function ticks(min: number, max: number, target = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm < 1.5 ? 1 : norm < 3.5 ? 2 : norm < 7.5 ? 5 : 10) * mag;
  const out: number[] = [];
  for (let v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step)
    out.push(roundTo(v, step / 1000));
  return out;
}
