import { describe, expect, it } from 'vitest';
import { applyField, LR_SLIDER, lrToSlider, lrFromSlider, snapStart, markerPath, stepsPerFrame } from './controls';
import { type Settings, DEFAULTS, defaultSettings, LIMITS } from './settings';
import { SURFACE_INFO } from './surfaces';

const S = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

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
