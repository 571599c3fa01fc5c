/**
 * The optimizer playground's maths: loss surfaces, their gradients, seeded
 * gradient noise, trajectories of gd / sgd / momentum / adam (the update rules
 * themselves come from ./optimizers — one implementation of each), divergence,
 * settings with validation, URL state, contour lines and the plot's coordinate
 * mapping. Pure; no DOM.
 */
import { adamInit, adamStep, gdStep, momentumStep, type AdamParams, type MomentumForm } from './maths/optimizers';
import { inRange, normalizeNumberText, parseChoice, parseInteger, parseNumber, type ParseError, type Parsed } from './maths/numbers';
import { readPrefixed, writePrefixed } from './examples/url-state';

// ---------------------------------------------------------------- surfaces

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

// ---------------------------------------------------------------- seeded noise

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same stream everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box–Muller, both values of each pair used) from a seeded uniform stream. */
export function gaussian(seed: number): () => number {
  const u = mulberry32(seed);
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u1 = u();
    while (u1 === 0) u1 = u(); // log(0) guard
    const u2 = u();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
}

// ---------------------------------------------------------------- settings

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

// ---------------------------------------------------------------- URL state

export const URL_PREFIX = 'playground.';
const URL_ORDER: readonly Field[] = [
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

/** A field's name in the URL: its own, except the momentum form ("playground.momentum"). */
const urlName = (field: Field): string => (field === 'form' ? 'momentum' : field);

/** The URL parameter name for a field ("playground.lr"; the momentum form is "playground.momentum"). */
export function urlParam(field: Field): string {
  return URL_PREFIX + urlName(field);
}

export interface UrlParse {
  settings: Settings;
  /** One per rejected parameter; the default (or `base`) value was kept for it. */
  errors: FieldError[];
  /** True if any playground.* parameter was present. */
  present: boolean;
}

/**
 * Reads `playground.*` parameters. Unknown parameters are ignored; a bad one
 * is reported and the value from `base` (the defaults) kept. When the surface
 * changes and no start is given, the start is that surface's default.
 */
export function parseUrlState(search: string | URLSearchParams, base: Settings = defaultSettings()): UrlParse {
  const raw = readPrefixed(search, URL_PREFIX, URL_ORDER, urlName);
  let s: Settings = { ...base, opts: [...base.opts], start: [base.start[0], base.start[1]] };
  const errors: FieldError[] = [];
  const parse = parseField as (f: Field, text: string, surface?: SurfaceId) => Checked<unknown>;
  // In URL_ORDER: the surface comes before the start point, which is checked against its view.
  for (const f of URL_ORDER) {
    const text = raw[f];
    if (text === undefined) continue;
    const r = parse(f, text, s.surface);
    if (r.ok) s = applyField(s, f, r.value);
    else errors.push(r.error);
  }
  return { settings: s, errors, present: Object.keys(raw).length > 0 };
}

/** The text of one setting as it appears in the URL and in the text fields. */
export function fieldText(s: Settings, f: Field): string {
  switch (f) {
    case 'surface':
      return s.surface;
    case 'form':
      return s.form;
    case 'opt':
      return s.opts.join(',');
    case 'start':
      return `${String(s.start[0])},${String(s.start[1])}`;
    default:
      return String(s[f]);
  }
}

/**
 * Writes the settings into a query string: every playground.* parameter is set,
 * other parameters are kept in their order. Returns the query without "?".
 */
export function serializeUrlState(s: Settings, existing: string | URLSearchParams = ''): string {
  return writePrefixed(
    existing,
    URL_PREFIX,
    URL_ORDER.map((f) => [f, fieldText(s, f)] as const),
    { name: urlName, moveToEnd: true },
  );
}

/** The full address for the settings: path, query (others kept) and #fragment. */
export function settingsHref(s: Settings, loc: { pathname: string; search: string; hash: string }): string {
  const q = serializeUrlState(s, loc.search);
  return `${loc.pathname}${q ? `?${q}` : ''}${loc.hash}`;
}

// ---------------------------------------------------------------- trajectories

export interface Trajectory {
  opt: OptId;
  /** Points θ₀ … θ_k: steps + 1 of them, or fewer if the path diverged. */
  xs: number[];
  ys: number[];
  losses: number[];
  /** The step whose result was non-finite or beyond DIVERGENCE_BOUND (not stored), or null. */
  divergedAt: number | null;
}

function escaped(x: number, y: number): boolean {
  return (
    !(Number.isFinite(x) && Number.isFinite(y)) || Math.abs(x) > DIVERGENCE_BOUND || Math.abs(y) > DIVERGENCE_BOUND
  );
}

/** One optimizer's path for the settings. Deterministic: the same settings and seed give the same path. */
export function trajectory(s: Settings, opt: OptId): Trajectory {
  const { surface, kappa, lr, beta, steps } = s;
  const xs = [s.start[0]];
  const ys = [s.start[1]];
  const losses = [loss(surface, kappa, s.start[0], s.start[1])];
  let theta: number[] = [s.start[0], s.start[1]];
  let v: number[] = [0, 0];
  let adam = adamInit(theta);
  const adamParams: AdamParams = { lr, beta1: beta, beta2: ADAM_BETA2, epsilon: ADAM_EPSILON };
  const g = [0, 0];
  const normal = opt === 'sgd' ? gaussian(s.seed) : null;
  let divergedAt: number | null = null;
  for (let k = 1; k <= steps; k++) {
    gradient(surface, kappa, theta[0]!, theta[1]!, g);
    if (normal) {
      g[0] = g[0]! + s.noise * normal();
      g[1] = g[1]! + s.noise * normal();
    }
    switch (opt) {
      case 'gd':
      case 'sgd':
        theta = gdStep(theta, g, lr);
        break;
      case 'momentum': {
        const m = momentumStep(s.form, theta, g, v, lr, beta);
        theta = m.theta;
        v = m.v;
        break;
      }
      case 'adam':
        adam = adamStep(adam, g, adamParams);
        theta = adam.theta;
        break;
    }
    const x = theta[0]!;
    const y = theta[1]!;
    const f = loss(surface, kappa, x, y);
    if (escaped(x, y) || !Number.isFinite(f)) {
      divergedAt = k;
      break;
    }
    xs.push(x);
    ys.push(y);
    losses.push(f);
  }
  return { opt, xs, ys, losses, divergedAt };
}

export function run(s: Settings): Trajectory[] {
  return s.opts.map((o) => trajectory(s, o));
}

export interface FinalResult {
  opt: OptId;
  /** Loss after the configured steps; ±Infinity if the path diverged. */
  loss: number;
  /** The last point of the path (the last finite one if it diverged). */
  point: [number, number];
  divergedAt: number | null;
}

export function finalResult(t: Trajectory): FinalResult {
  const n = t.xs.length - 1;
  const last = t.losses[n]!;
  return {
    opt: t.opt,
    // A path that runs off to infinity on the saddle does so downhill: −∞. Elsewhere +∞.
    loss: t.divergedAt === null ? last : last < 0 ? -Infinity : Infinity,
    point: [t.xs[n]!, t.ys[n]!],
    divergedAt: t.divergedAt,
  };
}

// ---------------------------------------------------------------- plot mapping

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

function r1(v: number): string {
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

// ---------------------------------------------------------------- contours

export interface Contours {
  levels: number[];
  /** One SVG path per level (several polylines each), in the mapping's units. */
  paths: string[];
}

/** The contour levels drawn for a surface: geometric for the bowl and Rosenbrock, symmetric and linear for the saddle. */
export function contourLevels(surface: SurfaceId, kappa: number, count = 12): number[] {
  const v = SURFACE_INFO[surface].view;
  const corners = [
    loss(surface, kappa, v.xMin, v.yMin),
    loss(surface, kappa, v.xMin, v.yMax),
    loss(surface, kappa, v.xMax, v.yMin),
    loss(surface, kappa, v.xMax, v.yMax),
  ];
  if (surface === 'saddle') {
    const top = Math.max(...corners.map(Math.abs));
    const half = Math.floor(count / 2);
    const out: number[] = [];
    for (let i = -half; i <= half; i++) if (i !== 0) out.push((top * i) / (half + 0.5));
    return out;
  }
  // Up to 70% of the largest value in view (the corner), so even the top level is a visible line.
  const hi = 0.7 * Math.max(...corners);
  // From 1/1000 of the largest value in view up to it: an even spread on a log scale.
  const lo = hi / 1000;
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(lo * (hi / lo) ** (i / (count - 1)));
  return out;
}

/**
 * Marching squares on an nx × ny grid over the view. Segments are joined into
 * polylines through the grid edges they share, so each level is a short path string.
 */
export function contours(
  surface: SurfaceId,
  kappa: number,
  m: Mapping,
  nx = 96,
  levels = contourLevels(surface, kappa),
): Contours {
  const v = m.view;
  const ny = Math.max(2, Math.round((nx * (v.yMax - v.yMin)) / (v.xMax - v.xMin)));
  const gx = (i: number) => v.xMin + ((v.xMax - v.xMin) * i) / nx;
  const gy = (j: number) => v.yMin + ((v.yMax - v.yMin) * j) / ny;
  const f = new Float64Array((nx + 1) * (ny + 1));
  for (let j = 0; j <= ny; j++) for (let i = 0; i <= nx; i++) f[j * (nx + 1) + i] = loss(surface, kappa, gx(i), gy(j));
  const at = (i: number, j: number) => f[j * (nx + 1) + i]!;
  // Edge ids: horizontal edge (i,j)-(i+1,j) → 2·(j·(nx+1)+i); vertical (i,j)-(i,j+1) → 2·(…)+1.
  const hEdge = (i: number, j: number) => 2 * (j * (nx + 1) + i);
  const vEdge = (i: number, j: number) => 2 * (j * (nx + 1) + i) + 1;
  const paths: string[] = [];
  for (const level of levels) {
    const point = new Map<number, [number, number]>();
    const edgePoint = (e: number): [number, number] => {
      let p = point.get(e);
      if (p) return p;
      const k = e >> 1;
      const i = k % (nx + 1);
      const j = (k - i) / (nx + 1);
      const [i1, j1] = e & 1 ? [i, j + 1] : [i + 1, j];
      const a = at(i, j);
      const b = at(i1, j1);
      const t = a === b ? 0.5 : (level - a) / (b - a);
      const x = gx(i) + (gx(i1) - gx(i)) * t;
      const y = gy(j) + (gy(j1) - gy(j)) * t;
      p = [m.px(x), m.py(y)];
      point.set(e, p);
      return p;
    };
    const adj = new Map<number, number[]>();
    const link = (a: number, b: number) => {
      (adj.get(a) ?? adj.set(a, []).get(a)!).push(b);
      (adj.get(b) ?? adj.set(b, []).get(b)!).push(a);
    };
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const c0 = at(i, j) > level ? 1 : 0; // bottom-left
        const c1 = at(i + 1, j) > level ? 1 : 0; // bottom-right
        const c2 = at(i + 1, j + 1) > level ? 1 : 0; // top-right
        const c3 = at(i, j + 1) > level ? 1 : 0; // top-left
        const code = c0 | (c1 << 1) | (c2 << 2) | (c3 << 3);
        if (code === 0 || code === 15) continue;
        const bottom = hEdge(i, j);
        const top = hEdge(i, j + 1);
        const left = vEdge(i, j);
        const right = vEdge(i + 1, j);
        switch (code) {
          case 1:
          case 14:
            link(left, bottom);
            break;
          case 2:
          case 13:
            link(bottom, right);
            break;
          case 3:
          case 12:
            link(left, right);
            break;
          case 4:
          case 11:
            link(right, top);
            break;
          case 6:
          case 9:
            link(bottom, top);
            break;
          case 7:
          case 8:
            link(left, top);
            break;
          case 5:
          case 10: {
            // Saddle cell: decide by the center value.
            const center = (at(i, j) + at(i + 1, j) + at(i + 1, j + 1) + at(i, j + 1)) / 4 > level;
            if ((code === 5) === center) {
              link(left, top);
              link(bottom, right);
            } else {
              link(left, bottom);
              link(right, top);
            }
            break;
          }
        }
      }
    }
    // Walk the chains: start from ends (degree 1) first, then the remaining closed loops.
    const used = new Set<string>();
    const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
    const out: string[] = [];
    const walk = (startEdge: number) => {
      const pts: [number, number][] = [edgePoint(startEdge)];
      let cur = startEdge;
      for (;;) {
        const next = (adj.get(cur) ?? []).find((n) => !used.has(key(cur, n)));
        if (next === undefined) break;
        used.add(key(cur, next));
        pts.push(edgePoint(next));
        cur = next;
      }
      if (pts.length > 1) out.push(pts.map((p, idx) => `${idx === 0 ? 'M' : 'L'}${r1(p[0])} ${r1(p[1])}`).join(''));
    };
    for (const [e, ns] of adj) if (ns.length === 1 && !used.has(key(e, ns[0]!))) walk(e);
    for (const [e, ns] of adj) if (ns.some((n) => !used.has(key(e, n)))) walk(e);
    paths.push(out.join(''));
  }
  return { levels, paths };
}

// ---------------------------------------------------------------- loss chart

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

// ---------------------------------------------------------------- helpers for the controls

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
