import { describe, expect, it } from 'vitest';
import { fillComputed } from './computed-text';

describe('fillComputed', () => {
  it('fills results and intermediate values from the calculators’ code', () => {
    expect(fillComputed('MSE = {{mse.sum}} / 5 = {{mse.mse}}')).toBe('MSE = 0.28 / 5 = 0.056');
    expect(fillComputed('{{cross-entropy.cross-entropy|digits=3}} vs {{cross-entropy.cross-entropy|form=binary|digits=3}}')).toBe('0.137 vs 0.253');
    expect(fillComputed('{{sgd.theta-next}}')).toBe('[0.999, 2.001, 2.999, 4.001, 4.999]');
    expect(fillComputed('{{momentum.theta-next}}')).toBe('[1.089, 1.911, 3.089, 3.911, 5.089]');
  });
  it('throws on an unknown example or value', () => {
    expect(() => fillComputed('{{nope.mse}}')).toThrow(/unknown example/);
    expect(() => fillComputed('{{mse.nope}}')).toThrow(/no result or value "nope"/);
  });
});
