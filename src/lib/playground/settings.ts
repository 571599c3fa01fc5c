/**
 * The playground's settings: optimizers, defaults, limits, the validation of each field, and the view
 * helpers the controls use. Part of the optimizer playground (src/lib/playground/index.ts). Pure; no
 * DOM.
 */
import { inRange, normalizeNumberText, parseChoice, parseInteger, parseNumber, type ParseError, type Parsed } from '../maths/numbers';
import { type MomentumForm } from '../maths/optimizers';
import { SURFACES, type SurfaceId, type View, SURFACE_INFO } from './surfaces';

export const OPTIMIZERS = ['gd', 'sgd', 'momentum', 'adam'] as const;
export type OptId = (typeof OPTIMIZERS)[number];

/** The momentum forms offered: PyTorch's (default) and the seed article's. */
export const PLAYGROUND_FORMS = ['pytorch', 'seed'] as const satisfies readonly MomentumForm[];
export type PlaygroundForm = (typeof PLAYGROUND_FORMS)[number];

export interface Settings {
  surface: SurfaceId;
  kappa: number;
  opts: OptId[];
  lr: number;
  /** Momentum coefficient; also Adam's β₁. */
  beta: number;
  steps: number;
  noise: number;
  seed: number;
  start: [number, number];
  form: PlaygroundForm;
}

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  surface: 'bowl',
  kappa: 10,
  opts: ['gd', 'sgd', 'momentum', 'adam'],
  lr: 0.05,
  beta: 0.9,
  steps: 100,
  noise: 1,
  seed: 42,
  start: [SURFACE_INFO.bowl.start[0], SURFACE_INFO.bowl.start[1]],
  form: 'pytorch',
}) as Readonly<Settings>;

export function defaultSettings(): Settings {
  return { ...DEFAULTS, opts: [...DEFAULTS.opts], start: [DEFAULTS.start[0], DEFAULTS.start[1]] };
}

/** Adam's other constants (Kingma & Ba's defaults); β₁ is the playground's β. */
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

export const LIMITS = {
  kappa: { min: 1, max: 100 },
  lr: { min: 1e-5, max: 10 },
  /** β ∈ [0, 1): max is exclusive. */
  beta: { min: 0, max: 1 },
  steps: { min: 1, max: 1000 },
  noise: { min: 0, max: 100 },
  seed: { min: 0, max: 4294967295 },
} as const;

/** Beyond this |x| or |y| a path counts as diverged (the view is a few units wide). */
export const DIVERGENCE_BOUND = 1e6;

export type Field = 'surface' | 'kappa' | 'opt' | 'lr' | 'beta' | 'steps' | 'noise' | 'seed' | 'start' | 'form';
export const FIELDS: readonly Field[] = [
  'surface',
  'kappa',
  'opt',
  'lr',
  'beta',
  'steps',
  'noise',
  'seed',
  'start',
  'form',
];

export type FieldErrorCode = ParseError['code'] | 'none-selected' | 'outside-view' | 'not-a-point';
export interface FieldError {
  field: Field;
  code: FieldErrorCode;
  token?: string;
  min?: number;
  max?: number;
  /** The upper bound is excluded (β < 1). */
  maxExclusive?: boolean;
  choices?: readonly string[];
  /** For `start`: the view it must lie in. */
  view?: View;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: FieldError };

function fromParsed<T>(field: Field, p: Parsed<T>): Checked<T> {
  return p.ok ? p : { ok: false, error: { field, ...p.error } };
}

function numberIn(field: Field, text: string, min: number, max: number): Checked<number> {
  const p = parseNumber(text);
  if (!p.ok) return fromParsed(field, p);
  return fromParsed(field, inRange(p.value, min, max));
}

/**
 * Validates one setting typed by the reader or read from the URL. `surface` is
 * needed for the start point (it must lie in that surface's view).
 */
export function parseField(field: 'surface', text: string, surface?: SurfaceId): Checked<SurfaceId>;
export function parseField(field: 'opt', text: string, surface?: SurfaceId): Checked<OptId[]>;
export function parseField(field: 'start', text: string, surface?: SurfaceId): Checked<[number, number]>;
export function parseField(field: 'form', text: string, surface?: SurfaceId): Checked<PlaygroundForm>;
export function parseField(
  field: 'kappa' | 'lr' | 'beta' | 'steps' | 'noise' | 'seed',
  text: string,
  surface?: SurfaceId,
): Checked<number>;
export function parseField(field: Field, text: string, surface: SurfaceId = DEFAULTS.surface): Checked<unknown> {
  switch (field) {
    case 'surface':
      return fromParsed(field, parseChoice(text, SURFACES));
    case 'form':
      return fromParsed(field, parseChoice(text, PLAYGROUND_FORMS));
    case 'opt': {
      const parts = normalizeNumberText(text)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (parts.length === 0) return { ok: false, error: { field, code: 'none-selected' } };
      const out: OptId[] = [];
      for (const p of parts) {
        const c = parseChoice(p, OPTIMIZERS);
        if (!c.ok) return fromParsed(field, c);
        if (!out.includes(c.value)) out.push(c.value);
      }
      // Canonical order, so the legend and the link do not depend on typing order.
      return { ok: true, value: OPTIMIZERS.filter((o) => out.includes(o)) };
    }
    case 'kappa':
      return numberIn(field, text, LIMITS.kappa.min, LIMITS.kappa.max);
    case 'lr':
      return numberIn(field, text, LIMITS.lr.min, LIMITS.lr.max);
    case 'noise':
      return numberIn(field, text, LIMITS.noise.min, LIMITS.noise.max);
    case 'beta': {
      const p = parseNumber(text);
      if (!p.ok) return fromParsed(field, p);
      if (p.value < LIMITS.beta.min || p.value >= LIMITS.beta.max) {
        return {
          ok: false,
          error: {
            field,
            code: 'out-of-range',
            min: LIMITS.beta.min,
            max: LIMITS.beta.max,
            maxExclusive: true,
            token: String(p.value),
          },
        };
      }
      return p;
    }
    case 'steps':
      return fromParsed(field, parseInteger(text, LIMITS.steps.min, LIMITS.steps.max));
    case 'seed':
      return fromParsed(field, parseInteger(text, LIMITS.seed.min, LIMITS.seed.max));
    case 'start': {
      let t = normalizeNumberText(text).trim();
      if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1);
      else if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1);
      const parts = t.split(',');
      if (t.trim() === '') return { ok: false, error: { field, code: 'empty' } };
      if (parts.length !== 2)
        return { ok: false, error: { field, code: 'not-a-point', token: clipToken(text.trim()) } };
      const x = parseNumber(parts[0]!);
      if (!x.ok) return fromParsed(field, x);
      const y = parseNumber(parts[1]!);
      if (!y.ok) return fromParsed(field, y);
      const view = SURFACE_INFO[surface].view;
      if (!inView(view, x.value, y.value)) {
        return { ok: false, error: { field, code: 'outside-view', view, token: clipToken(text.trim()) } };
      }
      return { ok: true, value: [x.value, y.value] };
    }
  }
}

function clipToken(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

export function inView(v: View, x: number, y: number): boolean {
  return x >= v.xMin && x <= v.xMax && y >= v.yMin && y <= v.yMax;
}

/** Moves a point by (dx, dy), kept inside the view (arrow keys on the plot). */
export function nudge(v: View, p: readonly [number, number], dx: number, dy: number): [number, number] {
  const x = Math.min(v.xMax, Math.max(v.xMin, p[0] + dx));
  const y = Math.min(v.yMax, Math.max(v.yMin, p[1] + dy));
  // Round to the nudge grid's precision so repeated steps stay tidy ("-3.3", not "-3.3000000000000003").
  return [roundTo(x, 1e-9), roundTo(y, 1e-9)];
}

/** The arrow-key step: 1/40 of the view's width (Shift: ×5). */
export function nudgeStep(v: View): number {
  return (v.xMax - v.xMin) / 40;
}

export function roundTo(v: number, q: number): number {
  const r = Math.round(v / q) * q;
  return Number(r.toPrecision(12));
}
