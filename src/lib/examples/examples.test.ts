import { describe, expect, it } from 'vitest';
import { compute, defaultResult, defaults, EXAMPLES, EXAMPLE_NAMES } from './examples';
import { formatError } from './messages';

const close = (a: number, b: number, tol = 1e-9) => expect(Math.abs(a - b)).toBeLessThan(tol);
const closeVec = (a: number[], b: number[], tol = 1e-9) => {
  expect(a.length).toBe(b.length);
  a.forEach((x, i) => close(x, b[i]!, tol));
};

describe('the original article’s worked examples, corrected', () => {
  it('MSE of [1..5] vs [1.5, 2.1, 3.0, 4.1, 5.1] is 0.056 (the article printed 0.2)', () => {
    close(defaultResult('mse').results.mse as number, 0.28 / 5);
  });
  it('the article’s cross-entropy formula on its example gives 0.137 (printed 0.532)', () => {
    const v = defaultResult('cross-entropy').results['cross-entropy'] as number;
    close(v, -(Math.log(0.7) + Math.log(0.8) + Math.log(0.9)) / 5);
    expect(v.toFixed(3)).toBe('0.137');
  });
  it('binary cross-entropy of the same example', () => {
    const v = defaultResult('cross-entropy', { form: 'binary' }).results['cross-entropy'] as number;
    close(v, -(2 * Math.log(0.7) + 2 * Math.log(0.8) + Math.log(0.9)) / 5);
  });
  it('the SGD step gives [0.999, 2.001, 2.999, 4.001, 4.999] (printed [0.99, 1.99, …])', () => {
    closeVec(defaultResult('sgd').results['theta-next'] as number[], [0.999, 2.001, 2.999, 4.001, 4.999]);
    closeVec(defaultResult('gd').results['theta-next'] as number[], [0.999, 2.001, 2.999, 4.001, 4.999]);
  });
  it('the momentum step with the article’s formula gives [1.089, 1.911, 3.089, 3.911, 5.089] (printed [1.08, 2.08, …])', () => {
    const r = defaultResult('momentum');
    closeVec(r.results['theta-next'] as number[], [1.089, 1.911, 3.089, 3.911, 5.089]);
    closeVec(r.results['v-next'] as number[], [0.089, -0.089, 0.089, -0.089, 0.089]);
  });
  it('the same inputs under the PyTorch and Keras conventions', () => {
    const pt = defaultResult('momentum', { form: 'pytorch' });
    closeVec(pt.results['v-next'] as number[], [0.19, -0.19, 0.19, -0.19, 0.19]);
    closeVec(pt.results['theta-next'] as number[], [0.9981, 2.0019, 2.9981, 4.0019, 4.9981]);
    const k = defaultResult('momentum', { form: 'keras' });
    closeVec(k.results['theta-next'] as number[], [1.089, 1.911, 3.089, 3.911, 5.089]);
  });
  it('repeats momentum steps with a constant gradient', () => {
    const r = defaultResult('momentum', { form: 'keras', steps: '2', v: '0,0,0,0,0' });
    // v1 = -αg, v2 = β v1 - αg = -(1+β) αg
    closeVec(r.results['v-next'] as number[], [0.1, -0.1, 0.1, -0.1, 0.1].map((g) => -(1.9 * 0.01 * g)));
  });
});

describe('TeX and terms', () => {
  it('substitutes the numbers into the formula', () => {
    const r = defaultResult('mse');
    expect(r.tex).toContain('(1 - 1.5)^2');
    expect(r.tex).toContain('= 0.056');
    expect(r.terms.rows).toHaveLength(5);
    closeVec(r.terms.rows[0]!, [1, 1.5, -0.5, 0.25]);
  });
  it('shortens long lists', () => {
    const y = Array.from({ length: 100 }, (_, i) => i).join(',');
    const r = defaultResult('mse', { y, yhat: y });
    expect(r.tex).toContain('\\cdots');
    expect(r.terms.rows).toHaveLength(12);
    expect(r.notes).toContainEqual({ kind: 'rows-truncated', shown: 12, total: 100 });
  });
});

describe('bad input', () => {
  const errs = (name: Parameters<typeof compute>[0], raw: Record<string, string>) => {
    const o = compute(name, { ...defaults(name), ...raw });
    expect(o.ok).toBe(false);
    return o.ok ? [] : o.errors;
  };
  const text = (name: Parameters<typeof compute>[0], raw: Record<string, string>, lang: 'en' | 'zh' = 'en') =>
    errs(name, raw).map((e) => formatError(e, lang, EXAMPLES[name].fields.find((f) => f.name === e.field)!.label[lang]));

  it('non-numbers, naming the field and the item', () => {
    expect(text('mse', { yhat: '1, 2, abc, 4, 5' })).toEqual(['“ŷ (predictions)” item 3: “abc” is not a number']);
    expect(text('mse', { yhat: '1, 2, abc, 4, 5' }, 'zh')).toEqual(['“ŷ（预测值）”第 3 项“abc”不是数字']);
  });
  it('empty lists', () => {
    expect(text('mse', { y: '  ' })).toEqual(['“y (true values)” is empty: enter at least one number']);
  });
  it('lists of different lengths', () => {
    expect(text('mse', { yhat: '1,2' })[0]).toContain('has 2 values but “y” has 5');
  });
  it('more than 10,000 values', () => {
    const big = Array.from({ length: 10_001 }, () => '1').join(',');
    expect(text('mse', { y: big, yhat: big })[0]).toContain('more than 10,000 values');
  });
  it('probabilities outside [0, 1]', () => {
    expect(text('cross-entropy', { p: '0.3, 1.2, 0.8, 0.2, 0.9' })).toEqual([
      '“ŷ (predicted probabilities)” item 2 is 1.2: probabilities must be between 0 and 1',
    ]);
  });
  it('labels that are not 0/1 for the binary form', () => {
    expect(text('cross-entropy', { form: 'binary', y: '0, 0.5, 1, 0, 1' })[0]).toContain('labels that are 0 or 1');
  });
  it('a learning rate that is not a positive finite number', () => {
    expect(text('gd', { lr: 'Infinity' })[0]).toContain('is not a number');
    expect(text('gd', { lr: '1e999' })[0]).toContain('not a finite number');
    expect(text('gd', { lr: '-0.1' })[0]).toContain('positive');
    expect(text('gd', { lr: 'NaN' })[0]).toContain('is not a number');
  });
  it('β outside [0, 1) and steps outside 1–100', () => {
    expect(text('momentum', { beta: '1' })[0]).toContain('less than 1');
    expect(text('momentum', { steps: '101' })[0]).toContain('between 1 and 100');
    expect(text('momentum', { steps: '2.5' })[0]).toContain('not a whole number');
  });
  it('unknown form', () => {
    expect(text('momentum', { form: '<img src=x>' })[0]).toContain('is not one of seed, pytorch, keras');
  });
  it('overflow is an error, never Infinity as a result', () => {
    expect(text('mse', { y: '1e200', yhat: '-1e200' })[0]).toContain('overflow');
  });
  it('a probability of exactly 0 with label 1 is clipped (Keras), not Infinity', () => {
    const r = defaultResult('cross-entropy', { p: '0.3, 0, 0.8, 0.2, 0.9' });
    const v = r.results['cross-entropy'] as number;
    expect(Number.isFinite(v)).toBe(true);
    close(v, -(Math.log(1e-7) + Math.log(0.8) + Math.log(0.9)) / 5, 1e-9);
    expect(r.notes).toContainEqual({ kind: 'clipped', indices: [2], epsilon: 1e-7 });
  });
  it('every example computes its defaults', () => {
    for (const name of EXAMPLE_NAMES) expect(compute(name, defaults(name)).ok).toBe(true);
  });
});
