import { describe, expect, it } from 'vitest';
import { type Settings, DEFAULTS, defaultSettings } from './settings';
import { SURFACE_INFO } from './surfaces';
import { parseUrlState, serializeUrlState, settingsHref } from './url-state';

const S = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('URL state', () => {
  it('round-trips every setting', () => {
    const s: Settings = {
      surface: 'rosenbrock',
      kappa: 37.5,
      opts: ['gd', 'adam'],
      lr: 0.0012,
      beta: 0.95,
      steps: 250,
      noise: 3.5,
      seed: 4294967295,
      start: [-1.25, 0.5],
      form: 'seed',
    };
    const q = serializeUrlState(s);
    expect(q).toContain('playground.opt=gd,adam');
    expect(q).toContain('playground.start=-1.25,0.5');
    const back = parseUrlState(q);
    expect(back.errors).toEqual([]);
    expect(back.settings).toEqual(s);
    expect(back.present).toBe(true);
  });
  it('keeps other parameters and the fragment', () => {
    const href = settingsHref(S(), {
      pathname: '/en/math/',
      search: '?foo=1&playground.lr=9&bar=x%20y',
      hash: '#optimizers',
    });
    expect(href.startsWith('/en/math/?foo=1&bar=x%20y&playground.surface=bowl')).toBe(true); // others kept as written
    expect(href.endsWith('#optimizers')).toBe(true);
    expect(href).toContain(`playground.lr=${DEFAULTS.lr}`);
  });
  it('ignores unknown parameters; reports bad ones and keeps the defaults', () => {
    const r = parseUrlState(
      '?other=1&playground.zoom=3&playground.lr=banana&playground.steps=200&playground.opt=gd,bogus',
    );
    expect(r.settings.lr).toBe(DEFAULTS.lr);
    expect(r.settings.opts).toEqual(DEFAULTS.opts);
    expect(r.settings.steps).toBe(200);
    expect(r.errors.map((e) => e.field)).toEqual(['opt', 'lr']);
  });
  it('a new surface brings its own start point unless one is given; a start outside the view is refused', () => {
    expect(parseUrlState('playground.surface=rosenbrock').settings.start).toEqual([...SURFACE_INFO.rosenbrock.start]);
    const r = parseUrlState('playground.surface=rosenbrock&playground.start=-3.5,2');
    expect(r.errors.map((e) => e.code)).toEqual(['outside-view']);
    expect(r.settings.start).toEqual([...SURFACE_INFO.rosenbrock.start]);
  });
  it('no parameters: defaults, nothing reported', () => {
    const r = parseUrlState('');
    expect(r.settings).toEqual(defaultSettings());
    expect(r.present).toBe(false);
  });
});
