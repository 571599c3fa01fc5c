import { describe, expect, it } from 'vitest';
import { perplexity } from './perplexity';

const close = (a: number, b: number, tol = 1e-12) => expect(Math.abs(a - b)).toBeLessThan(tol);

describe('perplexity', () => {
  it('the book’s example p = [0.5, 0.25, 0.8, 0.1], by hand', () => {
    const r = perplexity([0.5, 0.25, 0.8, 0.1]);
    close(r.nll[0]!, Math.LN2);
    close(r.nll[1]!, 2 * Math.LN2);
    close(r.nll[2]!, Math.log(1.25));
    close(r.nll[3]!, Math.LN10);
    close(r.loss, (3 * Math.LN2 + Math.log(1.25) + Math.LN10) / 4);
    // the product is 0.01, so perplexity = 0.01^(−1/4) = √10
    close(r.perplexity, Math.sqrt(10), 1e-12);
  });
  it('equals the geometric mean of 1/pᵢ', () => {
    const p = [0.9, 0.05, 0.3];
    close(perplexity(p).perplexity, (1 / (0.9 * 0.05 * 0.3)) ** (1 / 3), 1e-12);
  });
  it('a uniform guess over V tokens has perplexity V; certainty has perplexity 1', () => {
    close(perplexity([0.125, 0.125, 0.125]).perplexity, 8, 1e-12);
    const sure = perplexity([1, 1]);
    expect(sure.perplexity).toBe(1);
    expect(sure.loss).toBe(0);
  });
  it('the loss is the mean cross-entropy with one-hot targets (the cross-entropy example’s quantity)', () => {
    const p = [0.7, 0.8, 0.9];
    close(perplexity(p).loss, -(Math.log(0.7) + Math.log(0.8) + Math.log(0.9)) / 3);
  });
});
