import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, type Settings, defaultSettings, type Field, type Checked, parseField, nudge } from './settings';
import { STRINGS, errorMessage, rangeHint, OPT_STYLE, THEME_BG, contrast } from './strings';
import { SURFACE_INFO } from './surfaces';

const S = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('presentation constants', () => {
  it('each optimizer color has ≥ 3:1 contrast on both themes’ backgrounds', () => {
    for (const o of OPTIMIZERS) {
      expect(contrast(OPT_STYLE[o].light, THEME_BG.light), `${o} light`).toBeGreaterThanOrEqual(3);
      expect(contrast(OPT_STYLE[o].dark, THEME_BG.dark), `${o} dark`).toBeGreaterThanOrEqual(3);
    }
  });
  it('optimizers differ by dash and marker too', () => {
    expect(new Set(OPTIMIZERS.map((o) => OPT_STYLE[o].dash)).size).toBe(4);
    expect(new Set(OPTIMIZERS.map((o) => OPT_STYLE[o].marker)).size).toBe(4);
  });
  it('nudging keeps the point in view', () => {
    const v = SURFACE_INFO.bowl.view;
    expect(nudge(v, [3.9, 0], 0.2, 0)).toEqual([4, 0]);
    expect(nudge(v, [-3.5, 2], -0.2, 0.2)).toEqual([-3.7, 2.2]);
  });
});

describe('strings', () => {
  it('range hints print the limits in full', () => {
    expect(rangeHint('en', 'seed')).toBe('between 0 and 4294967295');
    expect(rangeHint('zh', 'beta')).toBe('不小于 0 且小于 1');
    expect(rangeHint('en', 'lr')).toBe('between 1e-5 and 10');
  });
  it('both editions describe the setting in the caption', () => {
    const s = S();
    expect(STRINGS.en.caption(s)).toContain('learning rate 0.05');
    expect(STRINGS.zh.caption(s)).toContain('学习率 0.05');
    expect(STRINGS.zh.divergedAt(7)).toBe('第 7 步发散');
    expect(STRINGS.en.divergedAt(7)).toBe('diverged at step 7');
  });
});

describe('every error code has a message in both languages', () => {
  it('names the field, has no "undefined", ends by saying the last value is kept', () => {
    const cases: [Field, string][] = [
      ['lr', ''],
      ['lr', 'x'],
      ['lr', '1e999'],
      ['steps', '1.5'],
      ['steps', '0'],
      ['beta', '2'],
      ['surface', 'cone'],
      ['opt', ' '],
      ['start', '1;2'],
      ['start', '30,30'],
    ];
    for (const [field, text] of cases) {
      const r = (parseField as (f: Field, t: string) => Checked<unknown>)(field, text);
      expect(r.ok, `${field}=${text}`).toBe(false);
      if (r.ok) continue;
      for (const lang of ['en', 'zh'] as const) {
        for (const source of ['typed', 'url'] as const) {
          const m = errorMessage(lang, r.error, source, `playground.${field}`);
          expect(m).toContain(STRINGS[lang].fieldName[field]);
          expect(m).not.toMatch(/undefined|NaN/);
          expect(m).toMatch(lang === 'en' ? /The last valid value is kept\.$/ : /已保留上一个有效值。$/);
          if (source === 'url') expect(m).toContain(`playground.${field}`);
        }
      }
    }
  });
});
