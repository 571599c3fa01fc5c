/**
 * Helpers for the controls: changing one field, the learning-rate slider, snapping a picked start
 * point, markers and animation pace. Part of the optimizer playground (src/lib/playground/index.ts).
 * Pure; no DOM.
 */
import { r1 } from './plot';
import { OPTIMIZERS, type OptId, type PlaygroundForm, type Settings, LIMITS, type Field, roundTo } from './settings';
import { type SurfaceId, type View, SURFACE_INFO } from './surfaces';

/** A settings object with one field changed. A new surface brings its own start point. */
export function applyField(s: Settings, field: Field, value: unknown): Settings {
  const next: Settings = { ...s, opts: [...s.opts], start: [s.start[0], s.start[1]] };
  switch (field) {
    case 'surface': {
      const v = value as SurfaceId;
      if (v !== s.surface) next.start = [SURFACE_INFO[v].start[0], SURFACE_INFO[v].start[1]];
      next.surface = v;
      break;
    }
    case 'opt':
      next.opts = OPTIMIZERS.filter((o) => (value as OptId[]).includes(o));
      break;
    case 'start':
      next.start = [...(value as [number, number])];
      break;
    case 'form':
      next.form = value as PlaygroundForm;
      break;
    default:
      next[field] = value as number;
  }
  return next;
}

/** The learning-rate slider works on log₁₀(lr); its value maps back to lr with 3 significant digits. */
export const LR_SLIDER = { min: Math.log10(LIMITS.lr.min), max: Math.log10(LIMITS.lr.max), step: 0.05 } as const;

export function lrToSlider(lr: number): number {
  return Math.log10(lr);
}

export function lrFromSlider(pos: number): number {
  const lr = Number((10 ** pos).toPrecision(3));
  return Math.min(LIMITS.lr.max, Math.max(LIMITS.lr.min, lr));
}

/** A point picked with the pointer: kept in the view and rounded to 1/400 of its width (about a pixel). */
export function snapStart(v: View, x: number, y: number): [number, number] {
  const q = 10 ** Math.floor(Math.log10((v.xMax - v.xMin) / 400));
  const cx = Math.min(v.xMax, Math.max(v.xMin, x));
  const cy = Math.min(v.yMax, Math.max(v.yMin, y));
  return [roundTo(cx, q), roundTo(cy, q)];
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** SVG path of a marker of "radius" r centered on (cx, cy). */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const p = (x: number, y: number) => `${r1(x)} ${r1(y)}`;
  switch (shape) {
    case 'circle':
      return `M${p(cx - r, cy)}a${r1(r)} ${r1(r)} 0 1 0 ${r1(2 * r)} 0a${r1(r)} ${r1(r)} 0 1 0 ${r1(-2 * r)} 0Z`;
    case 'square': {
      const h = r * 0.85;
      return `M${p(cx - h, cy - h)}L${p(cx + h, cy - h)}L${p(cx + h, cy + h)}L${p(cx - h, cy + h)}Z`;
    }
    case 'triangle':
      return `M${p(cx, cy - r * 1.15)}L${p(cx + r, cy + r * 0.7)}L${p(cx - r, cy + r * 0.7)}Z`;
    case 'diamond':
      return `M${p(cx, cy - r * 1.2)}L${p(cx + r, cy)}L${p(cx, cy + r * 1.2)}L${p(cx - r, cy)}Z`;
  }
}

/** How many steps one animation frame advances: the whole run takes about `frames` frames. */
export function stepsPerFrame(steps: number, frames = 120): number {
  return Math.max(1, Math.ceil(steps / frames));
}
