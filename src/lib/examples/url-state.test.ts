import { describe, expect, it } from 'vitest';
import { readParams, readPrefixed, writeParams, writePrefixed } from './url-state';

describe('URL state', () => {
  it('reads an example’s fields and ignores the rest', () => {
    expect(readParams('?mse.y=3,-0.5,2,7&mse.yhat=2.5,0,2,8&foo=1&sgd.lr=2', 'mse', ['y', 'yhat'])).toEqual({
      y: '3,-0.5,2,7',
      yhat: '2.5,0,2,8',
    });
  });
  it('keeps a value that would be HTML as plain text', () => {
    expect(readParams('?mse.y=%3Cimg%20src%3Dx%3E', 'mse', ['y'])).toEqual({ y: '<img src=x>' });
  });
  it('writes fields with readable commas, keeping other params and the fragment', () => {
    expect(writeParams('https://x.org/en/math/?sgd.lr=2#mse', 'mse', { y: '1, 2', yhat: '3,4' })).toBe(
      'https://x.org/en/math/?sgd.lr=2&mse.y=1,2&mse.yhat=3,4#mse',
    );
  });
  it('round-trips', () => {
    const href = writeParams('https://x.org/p/', 'momentum', { form: 'pytorch', theta: '1,-2e-3' });
    expect(readParams(new URL(href).search, 'momentum', ['form', 'theta'])).toEqual({ form: 'pytorch', theta: '1,-2e-3' });
  });
});

describe('readPrefixed / writePrefixed (shared by the calculators, the playground and the training lab)', () => {
  it('keeps other parameters exactly as written, malformed ones included', () => {
    expect(writePrefixed('?foo=%E0%A4%A&p.a=0', 'p.', [['a', '1']])).toBe('foo=%E0%A4%A&p.a=1');
    expect(writePrefixed('%=1&theme=light&%ZZ&x=a+b%20c', 'p.', [['a', '1,2']])).toBe('%=1&theme=light&%ZZ&x=a+b%20c&p.a=1,2');
    expect(writePrefixed('?p.b=0&foo=%E0%A4%A', 'p.', [['b', '2']], { moveToEnd: true })).toBe('foo=%E0%A4%A&p.b=2');
    expect(readPrefixed('?%E0%A4%A=1&p.a=3', 'p.', ['a'])).toEqual({ a: '3' });
  });
  it('sets an encoded or duplicated key once, where it first appears', () => {
    expect(writePrefixed('p.%61=0&x=1&p.a=5', 'p.', [['a', '7']])).toBe('p.a=7&x=1');
    expect(writeParams('https://x.org/en/?foo=%E0%A4%A#mse', 'mse', { y: '1,2' })).toBe('https://x.org/en/?foo=%E0%A4%A&mse.y=1,2#mse');
  });
  it('reads only the prefixed keys asked for, through a name mapping', () => {
    expect(readPrefixed('?p.a=1&p.momentum=keras&p.zzz=3&a=4', 'p.', ['a', 'form', 'b'], (k) => (k === 'form' ? 'momentum' : k))).toEqual({
      a: '1',
      form: 'keras',
    });
  });
  it('sets in place, removes nulls, keeps other parameters, readable commas', () => {
    expect(writePrefixed('x=1&p.a=0&y=2&p.b=9', 'p.', [['a', '1,2'], ['b', null], ['c', '3']])).toBe('x=1&p.a=1,2&y=2&p.c=3');
  });
  it('moves its own parameters after the others, in the given order, when asked', () => {
    expect(writePrefixed('?p.b=0&x=1', 'p.', [['a', '1'], ['b', '2']], { moveToEnd: true })).toBe('x=1&p.a=1&p.b=2');
  });
  it('encodes what must be encoded: a value is data, never markup', () => {
    const q = writePrefixed('', 'p.', [['a', '<b>&"x y"']]);
    expect(q).toBe('p.a=%3Cb%3E%26%22x+y%22');
    expect(readPrefixed(q, 'p.', ['a'])).toEqual({ a: '<b>&"x y"' });
  });
});
