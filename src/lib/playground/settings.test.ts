import { describe, expect, it } from 'vitest';
import { LIMITS, type Field, type Checked, parseField } from './settings';
import { STRINGS, errorMessage } from './strings';

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
