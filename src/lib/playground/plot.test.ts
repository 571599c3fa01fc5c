import { describe, expect, it } from 'vitest';
import { makeMapping, clipSegment, trajectorySegments, joinPrefix, trajectoryPath, ticks } from './plot';
import { type Settings, defaultSettings } from './settings';
import { SURFACE_INFO } from './surfaces';
import { trajectory } from './trajectories';

const S = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('plot geometry', () => {
  it('maps the view to the plot with equal scales and y upwards', () => {
    const m = makeMapping({ xMin: -4, xMax: 4, yMin: -3, yMax: 3 }, 400, 10, 5);
    expect(m.height).toBe(300);
    expect(m.px(-4)).toBe(10);
    expect(m.px(4)).toBe(410);
    expect(m.py(3)).toBe(5);
    expect(m.py(-3)).toBe(305);
    expect(m.toX(m.px(1.25))).toBeCloseTo(1.25, 12);
    expect(m.toY(m.py(-0.5))).toBeCloseTo(-0.5, 12);
  });
  it('clips segments to a rectangle', () => {
    const r = { xMin: 0, xMax: 1, yMin: 0, yMax: 1 };
    expect(clipSegment(-1, 0.5, 2, 0.5, r)).toEqual([0, 0.5, 1, 0.5]);
    expect(clipSegment(2, 2, 3, 3, r)).toBeNull();
    expect(clipSegment(0.2, 0.2, 0.4, 0.4, r)).toEqual([0.2, 0.2, 0.4, 0.4]);
  });
  it('draws a trajectory path with finite coordinates even when it runs off to 1e6', () => {
    const m = makeMapping(SURFACE_INFO.bowl.view, 400);
    const t = trajectory(S({ lr: 1 }), 'gd');
    const d = trajectoryPath(t, m);
    expect(d.startsWith('M')).toBe(true);
    const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (const n of nums) expect(Math.abs(n)).toBeLessThan(1000);
    expect(trajectoryPath(t, m, 1)).toMatch(/^M[\d.]+ [\d.]+$/);
  });
  it('a frame is a prefix of the full path', () => {
    const m = makeMapping(SURFACE_INFO.bowl.view, 400);
    const t = trajectory(S(), 'momentum');
    const pieces = trajectorySegments(t, m);
    expect(pieces).toHaveLength(t.xs.length);
    expect(trajectoryPath(t, m).startsWith(joinPrefix(pieces, 40))).toBe(true);
    expect(joinPrefix(pieces, 0)).toBe('');
  });
  it('picks nice ticks', () => {
    expect(ticks(-4, 4, 8)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(ticks(-1, 2, 3)).toEqual([-1, 0, 1, 2]);
  });
});
