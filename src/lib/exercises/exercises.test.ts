import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { parseSeed, searchWithSeed, seedFromSearch, freshSeed, MAX_SEED } from './seed';
import { KINDS, check, fillPrompt, paramsFor, solutionTex, answerFor, answerString } from './registry';
import { checkAnswer, close, DEFAULT_TOLERANCE } from './engine';
import { HINTS, verdictText, EX_UI } from './messages';
import { NUMERIC_KINDS, type NumericKind, type KindSpec, type Params } from './types';
import { answerText, relationLines } from './format';

const spec = (k: NumericKind) => KINDS[k] as unknown as KindSpec<Params>;
const SEEDS = [1, 2, 3, 42, 1234567, MAX_SEED];

// ---------- independent recomputations (not the library's functions) ----------
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
function softmaxMasked(xs: (number | null)[]): number[] {
  const live = xs.filter((x): x is number => x !== null);
  const m = Math.max(...live);
  const e = xs.map((x) => (x === null ? 0 : Math.exp(x - m)));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}
const INDEPENDENT: Record<NumericKind, (p: any) => number | number[]> = {
  mse: (p) => mean(p.y.map((y: number, i: number) => (y - p.yhat[i]) ** 2)),
  'cross-entropy': (p) =>
    p.form === 'binary'
      ? -mean(p.y.map((y: number, i: number) => y * Math.log(p.p[i]) + (1 - y) * Math.log(1 - p.p[i])))
      : -mean(p.y.map((row: number[], i: number) => Math.log(p.p[i][row.indexOf(1)]))),
  'gd-step': (p) => p.theta.map((t: number, i: number) => t - p.lr * p.grad[i]),
  'momentum-step': (p) =>
    p.theta.map((t: number, i: number) => {
      const g = p.grad[i];
      const v = p.v[i];
      if (p.form === 'pytorch') return t - p.lr * (p.beta * v + g);
      return t + p.beta * v - p.lr * g; // the article's form and Keras's give the same θ
    }),
  // With a constant gradient, m̂ = g and v̂ = g² at every step: each step is α g / (|g| + ε).
  'adam-step': (p) => p.theta.map((t: number, i: number) => t - (p.steps * p.lr * p.grad[i]) / (Math.abs(p.grad[i]) + p.eps)),
  'attention-weights': (p) => {
    const d = p.q[0].length;
    const scores = p.k.map((k: number[], j: number) => (p.causal && j > p.row ? null : p.q[p.row].reduce((a: number, q: number, c: number) => a + q * k[c], 0) / Math.sqrt(d)));
    return softmaxMasked(scores);
  },
  perplexity: (p) => Math.exp(-mean(p.p.map(Math.log))),
  'dense-params': (p) => p.inputs * p.units + p.units,
  // Temperature, then top-p: sort by (−q, index), keep up to and including the token that reaches p, renormalize.
  sampling: (p) => {
    const z = p.logits.map((l: number) => l / p.temperature);
    const m = Math.max(...z);
    const e = z.map((x: number) => Math.exp(x - m));
    const s = e.reduce((a: number, b: number) => a + b, 0);
    const q = e.map((x: number) => x / s);
    const order = q.map((_: number, i: number) => i).sort((a: number, b: number) => q[b] - q[a] || a - b);
    const keep: number[] = [];
    let cum = 0;
    for (const i of order) {
      keep.push(i);
      cum += q[i];
      if (cum >= p.p) break;
    }
    const kept = keep.reduce((a, i) => a + q[i], 0);
    return q.map((x: number, i: number) => (keep.includes(i) ? x / kept : 0));
  },
  'positional-encoding': (p) => {
    const i = p.index >> 1;
    const a = p.pos / 10000 ** ((2 * i) / p.dim);
    return p.index % 2 === 0 ? Math.sin(a) : Math.cos(a);
  },
};

const SETTINGS: Record<NumericKind, Record<string, unknown>[]> = {
  mse: [{ n: 4 }],
  'cross-entropy': [{ form: 'binary', n: 4 }, { form: 'categorical', n: 2, classes: 3 }],
  'gd-step': [{}],
  'momentum-step': [{ form: 'keras' }, { form: 'pytorch' }, { form: 'seed' }],
  'adam-step': [{ steps: 1 }, { steps: 2 }],
  'attention-weights': [{ causal: false }, { causal: true }],
  perplexity: [{}],
  'dense-params': [{}],
  sampling: [{}],
  'positional-encoding': [{}],
};

const PARAM_NAMES: Record<NumericKind, string[]> = {
  mse: ['y', 'yhat'],
  'cross-entropy': ['form', 'p', 'y'],
  'gd-step': ['grad', 'lr', 'theta'],
  'momentum-step': ['beta', 'form', 'grad', 'lr', 'theta', 'v'],
  'adam-step': ['beta1', 'beta2', 'eps', 'grad', 'lr', 'steps', 'theta'],
  'attention-weights': ['causal', 'k', 'q', 'row'],
  perplexity: ['p'],
  'dense-params': ['inputs', 'units'],
  sampling: ['logits', 'p', 'temperature'],
  'positional-encoding': ['dim', 'index', 'pos'],
};

function closeTo(a: number | number[], b: number | number[], digits = 10) {
  if (typeof a === 'number') expect(a).toBeCloseTo(b as number, digits);
  else {
    expect(a).toHaveLength((b as number[]).length);
    a.forEach((x, i) => expect(x).toBeCloseTo((b as number[])[i]!, digits));
  }
}

describe('seed', () => {
  it('defaults to 1 without a message; accepts 0 … 2³²−1', () => {
    expect(parseSeed(null)).toEqual({ seed: 1 });
    expect(parseSeed('42')).toEqual({ seed: 42 });
    expect(parseSeed('0')).toEqual({ seed: 0 });
    // "-0" is the whole number 0, not "not a whole number"; and never the float -0.
    expect(parseSeed('-0')).toEqual({ seed: 0 });
    expect(Object.is(parseSeed('-0').seed, 0)).toBe(true);
    expect(parseSeed(String(MAX_SEED))).toEqual({ seed: MAX_SEED });
    expect(seedFromSearch('?a=1&ex.seed=7')).toEqual({ seed: 7 });
    expect(seedFromSearch('?a=1')).toEqual({ seed: 1 });
  });
  it('falls back to 1 and says why for a bad seed', () => {
    expect(parseSeed('abc')).toMatchObject({ seed: 1, error: 'not-a-number', token: 'abc' });
    expect(parseSeed('')).toMatchObject({ seed: 1, error: 'not-a-number' });
    expect(parseSeed('1.5')).toMatchObject({ seed: 1, error: 'not-a-number' });
    expect(parseSeed('-3')).toMatchObject({ seed: 1, error: 'negative' });
    expect(parseSeed(String(MAX_SEED + 1))).toMatchObject({ seed: 1, error: 'too-large' });
    expect(parseSeed('99999999999999999999999')).toMatchObject({ seed: 1, error: 'too-large' });
    for (const lang of ['en', 'zh'] as const) {
      expect(EX_UI[lang].seedError(parseSeed('-3'))).toContain('-3');
      expect(EX_UI[lang].seedError(parseSeed('<b>x</b>'))).toContain('<b>x</b>'); // shown as text
    }
  });
  it('writes the seed into the query, keeping other parameters', () => {
    expect(searchWithSeed('?mse.y=1,2&ex.seed=3', 9)).toBe('?mse.y=1,2&ex.seed=9');
    expect(searchWithSeed('', 5)).toBe('?ex.seed=5');
    expect(freshSeed(5, () => 5)).not.toBe(5);
    expect(freshSeed(5, () => 77)).toBe(77);
  });
});

describe('generators', () => {
  for (const kind of NUMERIC_KINDS) {
    for (const settings of SETTINGS[kind]) {
      const setup = { id: `ex-test-${kind}`, kind, settings };
      it(`${kind} ${JSON.stringify(settings)}: same seed, same numbers; answers recomputed independently`, () => {
        for (const seed of SEEDS) {
          const a = paramsFor(setup, seed);
          expect(paramsFor(setup, seed)).toEqual(a);
          expect(Object.keys(a).sort()).toEqual(PARAM_NAMES[kind]);
          closeTo(answerFor(kind, a), INDEPENDENT[kind](a), 9);
          // Every mistake is clearly apart from the answer (so that its hint means something).
          const x = answerFor(kind, a);
          for (const m of spec(kind).mistakes(a)) expect(check(setup, a, answerText(m.value, 12)).verdict, `${kind} seed ${seed}: ${m.hint}`).toBe('incorrect');
          expect(JSON.parse(JSON.stringify(a))).toEqual(a); // data-params round-trips
          expect(typeof x === 'number' ? Number.isFinite(x) : x.every(Number.isFinite)).toBe(true);
        }
        // Different seeds give different numbers (at least somewhere).
        const distinct = new Set(SEEDS.map((s) => JSON.stringify(paramsFor(setup, s))));
        expect(distinct.size).toBeGreaterThan(2);
      });
    }
  }
  it('each exercise draws from its own stream', () => {
    expect(paramsFor({ id: 'ex-4-1', kind: 'mse' }, 1)).not.toEqual(paramsFor({ id: 'ex-4-9', kind: 'mse' }, 1));
  });
  it('respects the kinds’ settings', () => {
    const causal = paramsFor({ id: 'x', kind: 'attention-weights', settings: { causal: true } }, 3) as { causal: boolean; row: number; q: number[][] };
    expect(causal.causal).toBe(true);
    expect(causal.row).toBeGreaterThanOrEqual(1);
    expect((paramsFor({ id: 'x', kind: 'adam-step', settings: { steps: 2 } }, 3) as { steps: number }).steps).toBe(2);
    const cce = paramsFor({ id: 'x', kind: 'cross-entropy', settings: { form: 'categorical', n: 3, classes: 4 } }, 3) as { y: number[][]; p: number[][] };
    expect(cce.y).toHaveLength(3);
    for (const row of cce.p) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (const row of cce.y) expect(row.filter((v) => v === 1)).toHaveLength(1);
  });
});

describe('checkers', () => {
  const at = <K extends NumericKind>(kind: K, settings: Record<string, unknown> = {}) => {
    const setup = { id: `ex-check-${kind}`, kind, settings };
    return { setup, p: paramsFor(setup, 1) };
  };
  it('accept the answer within the stated relative tolerance (1e-3), scalar or vector, brackets allowed', () => {
    for (const kind of NUMERIC_KINDS) {
      const { setup, p } = at(kind, SETTINGS[kind][0]);
      expect(check(setup, p, answerString(kind, p)).verdict).toBe('correct');
      const x = answerFor(kind, p);
      if (typeof x !== 'number') expect(check(setup, p, `[${answerText(x, 6)}]`).verdict).toBe('correct');
    }
    expect(close(1.0009, 1, DEFAULT_TOLERANCE)).toBe(true);
    expect(close(1.0011, 1, DEFAULT_TOLERANCE)).toBe(false);
    expect(close(0, 0, DEFAULT_TOLERANCE)).toBe(true);
    expect(close(5, 5, 0)).toBe(true);
    expect(close(5.0001, 5, 0)).toBe(false);
  });
  const hinted: [NumericKind, Record<string, unknown>, string, (p: any) => number | number[]][] = [
    ['mse', {}, 'n-minus-1', (p) => p.y.reduce((a: number, y: number, i: number) => a + (y - p.yhat[i]) ** 2, 0) / (p.y.length - 1)],
    ['mse', {}, 'root', (p) => Math.sqrt(INDEPENDENT.mse(p) as number)],
    ['cross-entropy', { form: 'binary' }, 'article-form', (p) => -mean(p.y.map((y: number, i: number) => y * Math.log(p.p[i])))],
    ['cross-entropy', { form: 'binary' }, 'log10', (p) => (INDEPENDENT['cross-entropy'](p) as number) / Math.log(10)],
    ['gd-step', {}, 'gradient-sign', (p) => p.theta.map((t: number, i: number) => t + p.lr * p.grad[i])],
    ['momentum-step', { form: 'keras' }, 'no-momentum', (p) => p.theta.map((t: number, i: number) => t - p.lr * p.grad[i])],
    ['momentum-step', { form: 'keras' }, 'form-pytorch', (p) => p.theta.map((t: number, i: number) => t - p.lr * (p.beta * p.v[i] + p.grad[i]))],
    ['adam-step', { steps: 2 }, 'one-step', (p) => p.theta.map((t: number, i: number) => t - (p.lr * p.grad[i]) / (Math.abs(p.grad[i]) + p.eps))],
    ['attention-weights', { causal: false }, 'no-scaling', (p) => softmaxMasked(p.k.map((k: number[]) => p.q[p.row].reduce((a: number, q: number, c: number) => a + q * k[c], 0)))],
    ['attention-weights', { causal: true }, 'no-mask', (p) => INDEPENDENT['attention-weights']({ ...p, causal: false })],
    ['perplexity', {}, 'loss-not-perplexity', (p) => -mean(p.p.map(Math.log))],
    ['dense-params', {}, 'no-bias', (p) => p.inputs * p.units],
    ['sampling', {}, 'no-temperature', (p) => INDEPENDENT.sampling({ ...p, temperature: 1 })],
    ['sampling', {}, 'temperature-multiplied', (p) => INDEPENDENT.sampling({ ...p, temperature: 1 / p.temperature })],
    ['positional-encoding', {}, 'sin-cos-swapped', (p) => INDEPENDENT['positional-encoding']({ ...p, index: p.index % 2 === 0 ? p.index + 1 : p.index - 1 })],
  ];
  for (const [kind, settings, hint, wrong] of hinted) {
    it(`${kind}: a common mistake gets its hint (${hint}), in both languages`, () => {
      const { setup, p } = at(kind, settings);
      const r = check(setup, p, answerText(wrong(p), 10));
      expect(r).toEqual({ verdict: 'incorrect', hint });
      expect(verdictText(r, 'en')).toContain(HINTS[hint as keyof typeof HINTS].en);
      expect(verdictText(r, 'zh')).toContain(HINTS[hint as keyof typeof HINTS].zh);
    });
  }
  it('an unrecognised wrong answer gets the generic hint', () => {
    const { setup, p } = at('mse');
    expect(check(setup, p, '123456')).toEqual({ verdict: 'incorrect', hint: 'generic' });
  });
  it('invalid answers: empty, not a number, wrong length, a vector for a scalar — with messages in both languages', () => {
    const { setup, p } = at('gd-step');
    const empty = check(setup, p, '  ');
    expect(empty).toMatchObject({ verdict: 'invalid', error: { code: 'parse', error: { code: 'empty' } } });
    const nan = check(setup, p, '1, abc, 3');
    expect(nan).toMatchObject({ verdict: 'invalid', error: { code: 'parse', error: { code: 'not-a-number', index: 2 } } });
    expect(verdictText(nan, 'en')).toContain('“abc” is not a number');
    expect(verdictText(nan, 'zh')).toContain('“abc”不是数字');
    const short = check(setup, p, '1, 2');
    expect(short).toEqual({ verdict: 'invalid', error: { code: 'wrong-length', expected: 3, got: 2 } });
    expect(verdictText(short, 'en')).toContain('enter 3 numbers');
    expect(verdictText(short, 'zh')).toContain('请输入 3 个数');
    const m = at('mse');
    expect(check(m.setup, m.p, '1, 2')).toEqual({ verdict: 'invalid', error: { code: 'expected-scalar', got: 2 } });
    expect(check(m.setup, m.p, 'Infinity').verdict).toBe('invalid');
    expect(check(m.setup, m.p, '1e999').verdict).toBe('invalid');
  });
  it('accepts an answer as a Chinese reader types it: full-width digits, ，/、 and the minus sign KaTeX prints', () => {
    const { setup, p } = at('gd-step');
    const right = answerText(answerFor('gd-step', p), 10);
    const full = (s: string) => s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(check(setup, p, full(right).replace(/-/g, '−').replace(/,/g, '，'))).toEqual({ verdict: 'correct' });
    expect(check(setup, p, right.replace(/-/g, '－').replace(/,/g, '、'))).toEqual({ verdict: 'correct' });
    const m = at('mse');
    expect(check(m.setup, m.p, '１，２')).toEqual({ verdict: 'invalid', error: { code: 'expected-scalar', got: 2 } });
    expect(check(m.setup, m.p, '½')).toMatchObject({ verdict: 'invalid', error: { code: 'parse', error: { code: 'not-a-number' } } });
  });
  it('reads a seed typed with full-width digits', () => {
    expect(parseSeed('４２')).toEqual({ seed: 42 });
    expect(parseSeed('−3')).toMatchObject({ seed: 1, error: 'negative' });
  });
  it('dense-params is exact', () => {
    const { setup, p } = at('dense-params');
    const x = answerFor('dense-params', p) as number;
    expect(check(setup, p, String(x + 1)).verdict).toBe('incorrect');
    expect(checkAnswer(spec('dense-params'), p, String(x)).verdict).toBe('correct');
  });
});

describe('solutions and prompts', () => {
  it('every kind’s worked solution is valid TeX with the numbers and ends with the answer', () => {
    for (const kind of NUMERIC_KINDS) {
      for (const settings of SETTINGS[kind]) {
        for (const seed of [1, 99]) {
          const p = paramsFor({ id: 'ex-tex', kind, settings }, seed);
          const lines = solutionTex(kind, p);
          expect(lines.length).toBeGreaterThan(0);
          for (const l of lines) expect(() => katex.renderToString(l, { displayMode: true, throwOnError: true, strict: 'ignore' })).not.toThrow();
          expect(lines.join(' ')).not.toMatch(/NaN|Infinity|undefined/);
        }
      }
    }
  });
  it('prompts are filled as text only', () => {
    expect(fillPrompt('y = {y}, ŷ = {yhat}, {unknown}', { y: [1, -0.5], yhat: [[1, 2]] })).toBe('y = [1, -0.5], ŷ = [[1, 2]], {unknown}');
  });
});

describe('relationLines (solutions fit the column: one relation per line)', () => {
  it('splits at every top-level "=" after the first, never inside braces', () => {
    expect(relationLines('v = b v - a g = 0.9 \\cdot [1, 2] - 0.1 \\cdot [3, 4] = [0.6, 1.4]')).toEqual([
      'v = b v - a g',
      '= 0.9 \\cdot [1, 2] - 0.1 \\cdot [3, 4]',
      '= [0.6, 1.4]',
    ]);
    expect(relationLines('\\underbrace{a = b}_{W} = 3 = 4')).toEqual(['\\underbrace{a = b}_{W} = 3', '= 4']);
    expect(relationLines('L = \\frac{1}{n}')).toEqual(['L = \\frac{1}{n}']);
    expect(relationLines('x \\ne y = 2 = 3')).toEqual(['x \\ne y = 2', '= 3']);
  });
  it('every kind\'s solution has at most one top-level relation per line', () => {
    for (const kind of NUMERIC_KINDS) {
      for (const settings of SETTINGS[kind]) {
        for (const seed of SEEDS) {
          const lines = solutionTex(kind, paramsFor({ id: `ex-test-${kind}`, kind, settings }, seed));
          for (const l of lines) expect(relationLines(l), `${kind}: ${l}`).toEqual([l]);
        }
      }
    }
  });
});
