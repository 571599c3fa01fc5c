import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  DIVERGENCE_BOUND,
  LIMITS,
  OPTIMIZERS,
  SURFACE_INFO,
  clipSegment,
  contourLevels,
  contours,
  defaultSettings,
  finalResult,
  gaussian,
  gradient,
  loss,
  lossChart,
  makeMapping,
  mulberry32,
  nudge,
  parseField,
  parseUrlState,
  run,
  serializeUrlState,
  settingsHref,
  tableRows,
  ticks,
  trajectory,
  trajectoryPath,
  applyField,
  CHART_DECADES,
  joinPrefix,
  trajectorySegments,
  lrFromSlider,
  lrToSlider,
  LR_SLIDER,
  snapStart,
  markerPath,
  stepsPerFrame,
  type Checked,
  type Field,
  type Settings,
} from './playground';
import { ADAM_BETA2, ADAM_EPSILON } from './playground';
import { STRINGS, OPT_STYLE, THEME_BG, contrast, errorMessage, ordinal, rangeHint } from './playground-strings';

const S = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

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

describe('update rules on the surfaces (hand-derived)', () => {
  it('GD on the bowl: x shrinks by (1 − lr), y by (1 − lr·κ) per step', () => {
    const lr = 0.05;
    const kappa = 10;
    const t = trajectory(S({ surface: 'bowl', kappa, lr, steps: 20, start: [-3, 2], opts: ['gd'] }), 'gd');
    expect(t.xs).toHaveLength(21);
    for (let k = 0; k <= 20; k++) {
      expect(t.xs[k]).toBeCloseTo(-3 * (1 - lr) ** k, 12);
      expect(t.ys[k]).toBeCloseTo(2 * (1 - lr * kappa) ** k, 12);
      expect(t.losses[k]).toBeCloseTo(loss('bowl', kappa, t.xs[k]!, t.ys[k]!), 12);
    }
  });
  it('GD on the saddle: x shrinks by (1 − 2lr), y grows by (1 + 2lr)', () => {
    const t = trajectory(S({ surface: 'saddle', lr: 0.1, steps: 5, start: [1, 0.5] }), 'gd');
    expect(t.xs[5]).toBeCloseTo(0.8 ** 5, 12);
    expect(t.ys[5]).toBeCloseTo(0.5 * 1.2 ** 5, 12);
  });
  it('momentum (PyTorch form) on the bowl: first two steps by hand', () => {
    // v1 = g0, θ1 = θ0 − lr·g0; v2 = β v1 + g1, θ2 = θ1 − lr·v2.
    const lr = 0.1;
    const beta = 0.9;
    const t = trajectory(S({ surface: 'bowl', kappa: 1, lr, beta, steps: 2, start: [1, -2] }), 'momentum');
    const x1 = 1 - lr * 1;
    const x2 = x1 - lr * (beta * 1 + x1);
    const y1 = -2 - lr * -2;
    const y2 = y1 - lr * (beta * -2 + y1);
    expect(t.xs[1]).toBeCloseTo(x1, 14);
    expect(t.xs[2]).toBeCloseTo(x2, 14);
    expect(t.ys[1]).toBeCloseTo(y1, 14);
    expect(t.ys[2]).toBeCloseTo(y2, 14);
  });
  it("the seed's momentum form takes the same steps as PyTorch's for a constant learning rate", () => {
    const base = S({ surface: 'rosenbrock', lr: 1e-3, beta: 0.9, steps: 300, start: [-1.5, 1.5] });
    const a = trajectory({ ...base, form: 'pytorch' }, 'momentum');
    const b = trajectory({ ...base, form: 'seed' }, 'momentum');
    expect(a.xs).toHaveLength(b.xs.length);
    for (let k = 0; k < a.xs.length; k++) {
      expect(b.xs[k]).toBeCloseTo(a.xs[k]!, 9);
      expect(b.ys[k]).toBeCloseTo(a.ys[k]!, 9);
    }
  });
  it('Adam: the first step moves each coordinate by lr·sign(g) (bias correction)', () => {
    const lr = 0.05;
    const t = trajectory(S({ surface: 'bowl', kappa: 10, lr, steps: 1, start: [-3, 2] }), 'adam');
    // m̂ = g, v̂ = g², step = lr·g/(|g| + ε).
    expect(t.xs[1]).toBeCloseTo(-3 + (lr * 3) / (3 + ADAM_EPSILON), 12);
    expect(t.ys[1]).toBeCloseTo(2 - (lr * 20) / (20 + ADAM_EPSILON), 12);
  });
  it('Adam: second step by hand', () => {
    const lr = 0.1;
    const b1 = 0.9;
    const t = trajectory(S({ surface: 'bowl', kappa: 1, lr, beta: b1, steps: 2, start: [1, 1] }), 'adam');
    const x1 = 1 - lr / (1 + ADAM_EPSILON);
    const g0 = 1;
    const g1 = x1;
    const m = b1 * (1 - b1) * g0 + (1 - b1) * g1;
    const v = ADAM_BETA2 * (1 - ADAM_BETA2) * g0 * g0 + (1 - ADAM_BETA2) * g1 * g1;
    const x2 = x1 - (lr * (m / (1 - b1 ** 2))) / (Math.sqrt(v / (1 - ADAM_BETA2 ** 2)) + ADAM_EPSILON);
    expect(t.xs[2]).toBeCloseTo(x2, 14);
  });
  it('SGD with zero noise is GD', () => {
    const s = S({ noise: 0 });
    expect(trajectory(s, 'sgd').xs).toEqual(trajectory(s, 'gd').xs);
  });
  it('SGD adds noise·N(0,1) to each coordinate of the exact gradient', () => {
    const s = S({ surface: 'bowl', kappa: 1, lr: 0.1, noise: 2, seed: 7, steps: 1, start: [1, 1] });
    const n = gaussian(7);
    const z0 = n();
    const z1 = n();
    const t = trajectory(s, 'sgd');
    expect(t.xs[1]).toBeCloseTo(1 - 0.1 * (1 + 2 * z0), 14);
    expect(t.ys[1]).toBeCloseTo(1 - 0.1 * (1 + 2 * z1), 14);
  });
});

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

describe('divergence', () => {
  it('GD on the bowl with lr·κ > 2 diverges and stops at the step that left the bound', () => {
    // y is multiplied by (1 − lr·κ) = −9 per step: |y| = 2·9^k > 1e6 first at k = 6.
    const t = trajectory(S({ lr: 1, kappa: 10, steps: 100, start: [-3, 2] }), 'gd');
    const k = Math.ceil(Math.log(DIVERGENCE_BOUND / 2) / Math.log(9));
    expect(t.divergedAt).toBe(k);
    expect(t.xs).toHaveLength(k);
    const f = finalResult(t);
    expect(f.loss).toBe(Infinity);
    expect(f.point.every(Number.isFinite)).toBe(true);
    expect(t.losses.every(Number.isFinite)).toBe(true);
  });
  it('a path that overflows to non-finite values is diverged, never NaN', () => {
    const t = trajectory(S({ surface: 'rosenbrock', lr: 10, steps: 1000, start: [-1.5, 1.5] }), 'gd');
    expect(t.divergedAt).not.toBeNull();
    expect([...t.xs, ...t.ys, ...t.losses].some(Number.isNaN)).toBe(false);
  });
  it('on the saddle the escape is downhill: loss −Infinity', () => {
    const t = trajectory(S({ surface: 'saddle', lr: 0.5, steps: 1000, start: [-1, 0.1] }), 'gd');
    expect(t.divergedAt).not.toBeNull();
    expect(finalResult(t).loss).toBe(-Infinity);
  });
  it('a converging path is not diverged and reports its last point', () => {
    const t = trajectory(S(), 'gd');
    const f = finalResult(t);
    expect(t.divergedAt).toBeNull();
    expect(t.xs).toHaveLength(DEFAULTS.steps + 1);
    expect(f.point).toEqual([t.xs[DEFAULTS.steps], t.ys[DEFAULTS.steps]]);
    expect(f.loss).toBeLessThan(1e-3);
  });
});

describe('validation', () => {
  it('accepts values in range', () => {
    expect(parseField('lr', '0.01')).toEqual({ ok: true, value: 0.01 });
    expect(parseField('lr', '1e-5')).toEqual({ ok: true, value: 1e-5 });
    expect(parseField('beta', '0')).toEqual({ ok: true, value: 0 });
    expect(parseField('beta', '0.999')).toEqual({ ok: true, value: 0.999 });
    expect(parseField('steps', '1000')).toEqual({ ok: true, value: 1000 });
    expect(parseField('seed', '0')).toEqual({ ok: true, value: 0 });
    expect(parseField('opt', 'adam, gd,adam')).toEqual({ ok: true, value: ['gd', 'adam'] });
    expect(parseField('start', '（−1，２）')).toEqual({ ok: true, value: [-1, 2] });
    expect(parseField('start', '-1、2')).toEqual({ ok: true, value: [-1, 2] });
    expect(parseField('lr', '０．０１')).toEqual({ ok: true, value: 0.01 });
    expect(parseField('start', '(1, 1)', 'rosenbrock')).toEqual({ ok: true, value: [1, 1] });
    expect(parseField('start', '[-3.5,2]')).toEqual({ ok: true, value: [-3.5, 2] });
  });
  it('refuses out-of-range, non-numeric and malformed values with a code', () => {
    const bad: [Field, string, string][] = [
      ['lr', '0', 'out-of-range'],
      ['lr', '11', 'out-of-range'],
      ['lr', 'abc', 'not-a-number'],
      ['lr', 'NaN', 'not-a-number'],
      ['lr', '1e999', 'not-finite'],
      ['beta', '1', 'out-of-range'],
      ['beta', '-0.1', 'out-of-range'],
      ['steps', '0', 'out-of-range'],
      ['steps', '1001', 'out-of-range'],
      ['steps', '2.5', 'not-integer'],
      ['noise', '-1', 'out-of-range'],
      ['noise', String(LIMITS.noise.max * 2), 'out-of-range'],
      ['seed', '-1', 'out-of-range'],
      ['seed', '1.5', 'not-integer'],
      ['kappa', '0.5', 'out-of-range'],
      ['kappa', '101', 'out-of-range'],
      ['surface', 'sphere', 'not-in-choices'],
      ['opt', 'gd,lbfgs', 'not-in-choices'],
      ['opt', '', 'none-selected'],
      ['start', '1', 'not-a-point'],
      ['start', '1,2,3', 'not-a-point'],
      ['start', 'a,2', 'not-a-number'],
      ['start', '9,0', 'outside-view'],
      ['form', 'keras', 'not-in-choices'],
    ];
    for (const [field, text, code] of bad) {
      const r = (parseField as (f: Field, t: string) => Checked<unknown>)(field, text);
      expect(r.ok, `${field}=${text}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code, `${field}=${text}`).toBe(code);
        expect(r.error.field).toBe(field);
      }
    }
  });
  it('checks the start point against the chosen surface’s view', () => {
    expect(parseField('start', '-3.5, 2', 'bowl').ok).toBe(true);
    expect(parseField('start', '-3.5, 2', 'rosenbrock').ok).toBe(false);
  });
  it('error messages name the field in both languages and carry no markup from the input', () => {
    const r = parseField('lr', '<img src=x>');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const en = errorMessage('en', r.error);
    const zh = errorMessage('zh', r.error);
    expect(en).toContain(STRINGS.en.fieldName.lr);
    expect(zh).toContain(STRINGS.zh.fieldName.lr);
    expect(en).toContain('not a number');
    expect(zh).toContain('不是数字');
    const range = parseField('beta', '1');
    if (range.ok) throw new Error('expected error');
    expect(errorMessage('en', range.error, 'url', 'playground.beta')).toBe(
      'Link parameter playground.beta (Momentum β): must be at least 0 and less than 1 (got 1). The last valid value is kept.',
    );
    expect(errorMessage('zh', range.error, 'url', 'playground.beta')).toContain(
      '链接参数 playground.beta（动量系数 β）',
    );
  });
});

describe('URL state', () => {
  it('round-trips every setting', () => {
    const s: Settings = {
      surface: 'rosenbrock',
      kappa: 37.5,
      opts: ['gd', 'adam'],
      lr: 0.0012,
      beta: 0.95,
      steps: 250,
      noise: 3.5,
      seed: 4294967295,
      start: [-1.25, 0.5],
      form: 'seed',
    };
    const q = serializeUrlState(s);
    expect(q).toContain('playground.opt=gd,adam');
    expect(q).toContain('playground.start=-1.25,0.5');
    const back = parseUrlState(q);
    expect(back.errors).toEqual([]);
    expect(back.settings).toEqual(s);
    expect(back.present).toBe(true);
  });
  it('keeps other parameters and the fragment', () => {
    const href = settingsHref(S(), {
      pathname: '/en/math/',
      search: '?foo=1&playground.lr=9&bar=x%20y',
      hash: '#optimizers',
    });
    expect(href.startsWith('/en/math/?foo=1&bar=x%20y&playground.surface=bowl')).toBe(true); // others kept as written
    expect(href.endsWith('#optimizers')).toBe(true);
    expect(href).toContain(`playground.lr=${DEFAULTS.lr}`);
  });
  it('ignores unknown parameters; reports bad ones and keeps the defaults', () => {
    const r = parseUrlState(
      '?other=1&playground.zoom=3&playground.lr=banana&playground.steps=200&playground.opt=gd,bogus',
    );
    expect(r.settings.lr).toBe(DEFAULTS.lr);
    expect(r.settings.opts).toEqual(DEFAULTS.opts);
    expect(r.settings.steps).toBe(200);
    expect(r.errors.map((e) => e.field)).toEqual(['opt', 'lr']);
  });
  it('a new surface brings its own start point unless one is given; a start outside the view is refused', () => {
    expect(parseUrlState('playground.surface=rosenbrock').settings.start).toEqual([...SURFACE_INFO.rosenbrock.start]);
    const r = parseUrlState('playground.surface=rosenbrock&playground.start=-3.5,2');
    expect(r.errors.map((e) => e.code)).toEqual(['outside-view']);
    expect(r.settings.start).toEqual([...SURFACE_INFO.rosenbrock.start]);
  });
  it('no parameters: defaults, nothing reported', () => {
    const r = parseUrlState('');
    expect(r.settings).toEqual(defaultSettings());
    expect(r.present).toBe(false);
  });
});

describe('plot geometry', () => {
  it('maps the view to the plot with equal scales and y upwards', () => {
    const m = makeMapping({ xMin: -4, xMax: 4, yMin: -3, yMax: 3 }, 400, 10, 5);
    expect(m.height).toBe(300);
    expect(m.px(-4)).toBe(10);
    expect(m.px(4)).toBe(410);
    expect(m.py(3)).toBe(5);
    expect(m.py(-3)).toBe(305);
    expect(m.toX(m.px(1.25))).toBeCloseTo(1.25, 12);
    expect(m.toY(m.py(-0.5))).toBeCloseTo(-0.5, 12);
  });
  it('clips segments to a rectangle', () => {
    const r = { xMin: 0, xMax: 1, yMin: 0, yMax: 1 };
    expect(clipSegment(-1, 0.5, 2, 0.5, r)).toEqual([0, 0.5, 1, 0.5]);
    expect(clipSegment(2, 2, 3, 3, r)).toBeNull();
    expect(clipSegment(0.2, 0.2, 0.4, 0.4, r)).toEqual([0.2, 0.2, 0.4, 0.4]);
  });
  it('draws a trajectory path with finite coordinates even when it runs off to 1e6', () => {
    const m = makeMapping(SURFACE_INFO.bowl.view, 400);
    const t = trajectory(S({ lr: 1 }), 'gd');
    const d = trajectoryPath(t, m);
    expect(d.startsWith('M')).toBe(true);
    const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (const n of nums) expect(Math.abs(n)).toBeLessThan(1000);
    expect(trajectoryPath(t, m, 1)).toMatch(/^M[\d.]+ [\d.]+$/);
  });
  it('a frame is a prefix of the full path', () => {
    const m = makeMapping(SURFACE_INFO.bowl.view, 400);
    const t = trajectory(S(), 'momentum');
    const pieces = trajectorySegments(t, m);
    expect(pieces).toHaveLength(t.xs.length);
    expect(trajectoryPath(t, m).startsWith(joinPrefix(pieces, 40))).toBe(true);
    expect(joinPrefix(pieces, 0)).toBe('');
  });
  it('picks nice ticks', () => {
    expect(ticks(-4, 4, 8)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(ticks(-1, 2, 3)).toEqual([-1, 0, 1, 2]);
  });
});

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

describe('loss chart and table', () => {
  it('log-scale loss chart spans the finite losses', () => {
    const ts = run(S());
    const ch = lossChart(ts, 'bowl', 100, 300, 100);
    expect(ch.scale).toBe('log');
    expect(ch.lines).toHaveLength(4);
    const maxF = Math.max(...ts.flatMap((t) => t.losses));
    expect(ch.fHi).toBeCloseTo(maxF, 6);
    for (const l of ch.lines) {
      expect(l.pieces).toHaveLength(101);
      expect(joinPrefix(l.pieces, 101)).not.toContain('NaN');
      expect(joinPrefix(l.pieces, 1)).toMatch(/^M0 [\d.]+$/);
    }
  });
  it('a diverging path does not squash the others: the range stops 3 decades above the start', () => {
    const ts = run(S({ lr: 0.3 }));
    const ch = lossChart(ts, 'bowl', 100, 300, 100);
    expect(ch.hi).toBeCloseTo(Math.log10(ts[0]!.losses[0]!) + CHART_DECADES, 12);
  });
  it('the saddle uses a signed log scale', () => {
    const ts = run(S({ surface: 'saddle', start: [...SURFACE_INFO.saddle.start] as [number, number] }));
    const ch = lossChart(ts, 'saddle', 100, 300, 100);
    expect(ch.scale).toBe('symlog');
    expect(ch.fLo).toBeLessThan(0);
  });
  it('table rows: every 5th of the default 100 steps, with the first and the last', () => {
    const { stride, rows } = tableRows(run(S({})), 100);
    expect(stride).toBe(5);
    expect(rows.map((r) => r.step)).toEqual(Array.from({ length: 21 }, (_, i) => 5 * i));
    const odd = tableRows(run(S({ steps: 37 })), 37);
    expect(odd.stride).toBe(2);
    expect(odd.rows.map((r) => r.step).slice(-2)).toEqual([36, 37]);
  });
  it('the table note names the stride in words: 2nd, 3rd, 5th, 11th, 21st', () => {
    expect([1, 2, 3, 4, 5, 11, 12, 13, 21, 22, 50, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '5th', '11th', '12th', '13th', '21st', '22nd', '50th', '101st']);
    expect(STRINGS.en.tableStride(2)).toBe('Every 2nd step, and the last.');
    expect(STRINGS.zh.tableStride(5)).toBe('每隔 5 步列出一行，并列出最后一步。');
  });
  it('table rows: at most ~21, first and last step included, null past divergence', () => {
    const ts = run(S({ steps: 1000, lr: 1 }));
    const { stride, rows } = tableRows(ts, 1000);
    expect(stride).toBe(50);
    expect(rows[0]!.step).toBe(0);
    expect(rows[rows.length - 1]!.step).toBe(1000);
    expect(rows.length).toBeLessThanOrEqual(22);
    const gd = ts.findIndex((t) => t.opt === 'gd');
    expect(rows[rows.length - 1]!.cells[gd]).toBeNull();
  });
});

describe('presentation constants', () => {
  it('each optimizer color has ≥ 3:1 contrast on both themes’ backgrounds', () => {
    for (const o of OPTIMIZERS) {
      expect(contrast(OPT_STYLE[o].light, THEME_BG.light), `${o} light`).toBeGreaterThanOrEqual(3);
      expect(contrast(OPT_STYLE[o].dark, THEME_BG.dark), `${o} dark`).toBeGreaterThanOrEqual(3);
    }
  });
  it('optimizers differ by dash and marker too', () => {
    expect(new Set(OPTIMIZERS.map((o) => OPT_STYLE[o].dash)).size).toBe(4);
    expect(new Set(OPTIMIZERS.map((o) => OPT_STYLE[o].marker)).size).toBe(4);
  });
  it('nudging keeps the point in view', () => {
    const v = SURFACE_INFO.bowl.view;
    expect(nudge(v, [3.9, 0], 0.2, 0)).toEqual([4, 0]);
    expect(nudge(v, [-3.5, 2], -0.2, 0.2)).toEqual([-3.7, 2.2]);
  });
});

describe('control helpers', () => {
  it('applyField changes one field; a new surface brings its start point', () => {
    const s = S();
    expect(applyField(s, 'lr', 0.1).lr).toBe(0.1);
    expect(applyField(s, 'surface', 'rosenbrock').start).toEqual([...SURFACE_INFO.rosenbrock.start]);
    expect(applyField(s, 'opt', ['adam', 'gd']).opts).toEqual(['gd', 'adam']);
    expect(s.lr).toBe(DEFAULTS.lr);
  });
  it('the log slider maps to lr and back within range', () => {
    expect(lrFromSlider(lrToSlider(0.05))).toBe(0.05);
    expect(lrFromSlider(LR_SLIDER.min)).toBe(LIMITS.lr.min);
    expect(lrFromSlider(LR_SLIDER.max)).toBe(LIMITS.lr.max);
    expect(lrFromSlider(-1.3)).toBe(0.0501);
  });
  it('snapStart clamps and rounds', () => {
    expect(snapStart(SURFACE_INFO.bowl.view, 9, -1.23456)).toEqual([4, -1.23]);
  });
  it('markers are closed paths', () => {
    for (const m of ['circle', 'square', 'triangle', 'diamond'] as const)
      expect(markerPath(m, 10, 10, 4)).toMatch(/^M.*Z$/);
  });
  it('an animation takes about 120 frames', () => {
    expect(stepsPerFrame(100)).toBe(1);
    expect(stepsPerFrame(1000)).toBe(9);
  });
});

describe('strings', () => {
  it('range hints print the limits in full', () => {
    expect(rangeHint('en', 'seed')).toBe('between 0 and 4294967295');
    expect(rangeHint('zh', 'beta')).toBe('不小于 0 且小于 1');
    expect(rangeHint('en', 'lr')).toBe('between 1e-5 and 10');
  });
  it('both editions describe the setting in the caption', () => {
    const s = S();
    expect(STRINGS.en.caption(s)).toContain('learning rate 0.05');
    expect(STRINGS.zh.caption(s)).toContain('学习率 0.05');
    expect(STRINGS.zh.divergedAt(7)).toBe('第 7 步发散');
    expect(STRINGS.en.divergedAt(7)).toBe('diverged at step 7');
  });
});

describe('every error code has a message in both languages', () => {
  it('names the field, has no "undefined", ends by saying the last value is kept', () => {
    const cases: [Field, string][] = [
      ['lr', ''],
      ['lr', 'x'],
      ['lr', '1e999'],
      ['steps', '1.5'],
      ['steps', '0'],
      ['beta', '2'],
      ['surface', 'cone'],
      ['opt', ' '],
      ['start', '1;2'],
      ['start', '30,30'],
    ];
    for (const [field, text] of cases) {
      const r = (parseField as (f: Field, t: string) => Checked<unknown>)(field, text);
      expect(r.ok, `${field}=${text}`).toBe(false);
      if (r.ok) continue;
      for (const lang of ['en', 'zh'] as const) {
        for (const source of ['typed', 'url'] as const) {
          const m = errorMessage(lang, r.error, source, `playground.${field}`);
          expect(m).toContain(STRINGS[lang].fieldName[field]);
          expect(m).not.toMatch(/undefined|NaN/);
          expect(m).toMatch(lang === 'en' ? /The last valid value is kept\.$/ : /已保留上一个有效值。$/);
          if (source === 'url') expect(m).toContain(`playground.${field}`);
        }
      }
    }
  });
});
