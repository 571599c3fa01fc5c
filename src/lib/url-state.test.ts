import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from './url-state';

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
