import { describe, expect, it } from 'vitest';
import { CHART_DECADES, lossChart, tableRows } from './loss-chart';
import { joinPrefix } from './plot';
import { type Settings, defaultSettings } from './settings';
import { ordinal, STRINGS } from './strings';
import { SURFACE_INFO } from './surfaces';
import { run } from './trajectories';

const S = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('loss chart and table', () => {
  it('log-scale loss chart spans the finite losses', () => {
    const ts = run(S());
    const ch = lossChart(ts, 'bowl', 100, 300, 100);
    expect(ch.scale).toBe('log');
    expect(ch.lines).toHaveLength(4);
    const maxF = Math.max(...ts.flatMap((t) => t.losses));
    expect(ch.fHi).toBeCloseTo(maxF, 6);
    for (const l of ch.lines) {
      expect(l.pieces).toHaveLength(101);
      expect(joinPrefix(l.pieces, 101)).not.toContain('NaN');
      expect(joinPrefix(l.pieces, 1)).toMatch(/^M0 [\d.]+$/);
    }
  });
  it('a diverging path does not squash the others: the range stops 3 decades above the start', () => {
    const ts = run(S({ lr: 0.3 }));
    const ch = lossChart(ts, 'bowl', 100, 300, 100);
    expect(ch.hi).toBeCloseTo(Math.log10(ts[0]!.losses[0]!) + CHART_DECADES, 12);
  });
  it('the saddle uses a signed log scale', () => {
    const ts = run(S({ surface: 'saddle', start: [...SURFACE_INFO.saddle.start] as [number, number] }));
    const ch = lossChart(ts, 'saddle', 100, 300, 100);
    expect(ch.scale).toBe('symlog');
    expect(ch.fLo).toBeLessThan(0);
  });
  it('table rows: every 5th of the default 100 steps, with the first and the last', () => {
    const { stride, rows } = tableRows(run(S({})), 100);
    expect(stride).toBe(5);
    expect(rows.map((r) => r.step)).toEqual(Array.from({ length: 21 }, (_, i) => 5 * i));
    const odd = tableRows(run(S({ steps: 37 })), 37);
    expect(odd.stride).toBe(2);
    expect(odd.rows.map((r) => r.step).slice(-2)).toEqual([36, 37]);
  });
  it('the table note names the stride in words: 2nd, 3rd, 5th, 11th, 21st', () => {
    expect([1, 2, 3, 4, 5, 11, 12, 13, 21, 22, 50, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '5th', '11th', '12th', '13th', '21st', '22nd', '50th', '101st']);
    expect(STRINGS.en.tableStride(2)).toBe('Every 2nd step, and the last.');
    expect(STRINGS.zh.tableStride(5)).toBe('每隔 5 步列出一行，并列出最后一步。');
  });
  it('table rows: at most ~21, first and last step included, null past divergence', () => {
    const ts = run(S({ steps: 1000, lr: 1 }));
    const { stride, rows } = tableRows(ts, 1000);
    expect(stride).toBe(50);
    expect(rows[0]!.step).toBe(0);
    expect(rows[rows.length - 1]!.step).toBe(1000);
    expect(rows.length).toBeLessThanOrEqual(22);
    const gd = ts.findIndex((t) => t.opt === 'gd');
    expect(rows[rows.length - 1]!.cells[gd]).toBeNull();
  });
});
