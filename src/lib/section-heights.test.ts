import { describe, expect, it } from 'vitest';
import { checkEstimate, estimate, heightStyle, HEIGHT_MARGIN, HEIGHT_STEP } from './section-heights';

describe('section height estimates', () => {
  it('err on the long side, rounded up to a step', () => {
    for (const h of [1, 99, 823, 4105, 11506]) {
      const e = estimate(h);
      expect(e).toBeGreaterThanOrEqual(h * HEIGHT_MARGIN);
      expect(e % HEIGHT_STEP).toBe(0);
      expect(e - h * HEIGHT_MARGIN).toBeLessThan(HEIGHT_STEP);
    }
  });
  it('give no estimate for a height that is not a positive number', () => {
    for (const h of [0, -5, NaN, Infinity]) expect(estimate(h)).toBe(0);
    expect(heightStyle([0, 100])).toBeUndefined();
    expect(heightStyle(undefined)).toBeUndefined();
  });
  it('become a style with one custom property per width', () => {
    expect(heightStyle([4105, 2300])).toBe(`--est-phone:${estimate(4105)}px;--est-desktop:${estimate(2300)}px`);
  });
  it('are checked against the real height: short, stale or ok', () => {
    expect(checkEstimate(estimate(1000), 1000)).toBe('ok');
    expect(checkEstimate(estimate(1000), 1100)).toBe('short');
    expect(checkEstimate(estimate(1000), 700)).toBe('stale');
    expect(checkEstimate(undefined, 700)).toBe('missing');
  });
});
