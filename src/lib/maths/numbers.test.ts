import { describe, expect, it } from 'vitest';
import { normalizeNumberText, parseInteger, parseMatrix, parseNumber, parseNumberList } from './numbers';

describe('numbers as a Chinese reader types them', () => {
  it('normalises full-width digits and punctuation, minus-sign variants, ，、 and ；', () => {
    expect(normalizeNumberText('３，－０．５')).toBe('3,-0.5');
    expect(normalizeNumberText('１、２；＋３')).toBe('1,2;+3');
    expect(normalizeNumberText('−1 ‒2 –3 ‐4 ﹣5')).toBe('-1 -2 -3 -4 -5');
    expect(normalizeNumberText('1，2')).toBe('1,2');
    expect(normalizeNumberText('１ｅ－３')).toBe('1e-3');
  });
  it('is idempotent and leaves ASCII alone', () => {
    for (const s of ['1, -2.5e-3', '[1,2]', '1;2', 'abc', '']) expect(normalizeNumberText(s)).toBe(s);
    expect(normalizeNumberText(normalizeNumberText('３，－０．５'))).toBe('3,-0.5');
  });
  it('does not turn superscripts, fractions or circled digits into digits', () => {
    expect(normalizeNumberText('3²')).toBe('3²');
    expect(parseNumber('3²').ok).toBe(false);
    expect(parseNumber('①').ok).toBe(false);
    expect(parseNumber('½')).toEqual({ ok: false, error: { code: 'not-a-number', token: '½' } });
  });
  it('parseNumber accepts full-width digits and U+2212', () => {
    expect(parseNumber('０.５')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('１２３')).toEqual({ ok: true, value: 123 });
    expect(parseNumber('−1')).toEqual({ ok: true, value: -1 });
    expect(parseNumber('－０．５')).toEqual({ ok: true, value: -0.5 });
    expect(parseInteger('１２', 1, 100)).toEqual({ ok: true, value: 12 });
  });
  it('lists accept ， and 、 as separators', () => {
    expect(parseNumberList('1，2')).toEqual({ ok: true, value: [1, 2] });
    expect(parseNumberList('1、2')).toEqual({ ok: true, value: [1, 2] });
    expect(parseNumberList('３，－０．５')).toEqual({ ok: true, value: [3, -0.5] });
    expect(parseNumberList('［1，−2］')).toEqual({ ok: true, value: [1, -2] });
  });
  it('matrices accept ； between rows', () => {
    expect(parseMatrix('1，0；0，1')).toEqual({ ok: true, value: [[1, 0], [0, 1]] });
  });
  it('what is still invalid keeps its error', () => {
    expect(parseNumberList('，')).toMatchObject({ ok: false, error: { code: 'empty', index: 1 } });
    expect(parseNumberList('1，abc')).toMatchObject({ ok: false, error: { code: 'not-a-number', index: 2, token: 'abc' } });
    expect(parseNumber('1,5')).toMatchObject({ ok: false, error: { code: 'not-a-number' } });
    expect(parseMatrix('1，2；3')).toMatchObject({ ok: false, error: { code: 'ragged', row: 2 } });
  });
});
