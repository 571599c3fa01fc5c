import { bench, describe } from 'vitest';
import { SURFACE_INFO, contours, defaultSettings, makeMapping, run, trajectoryPath } from './index';

const s1000 = { ...defaultSettings(), steps: 1000 };
const rosen = {
  ...defaultSettings(),
  surface: 'rosenbrock' as const,
  lr: 1e-3,
  steps: 1000,
  start: [-1.5, 1.5] as [number, number],
};

describe('playground maths (target: 1000 steps × 4 optimizers < 5 ms)', () => {
  bench('bowl: 1000 steps × 4 optimizers', () => {
    run(s1000);
  });
  bench('rosenbrock: 1000 steps × 4 optimizers', () => {
    run(rosen);
  });
  bench('contours (bowl, 96-column grid, 12 levels)', () => {
    contours('bowl', 10, makeMapping(SURFACE_INFO.bowl.view, 400));
  });
  bench('trajectory paths for 4 × 1000 steps', () => {
    const m = makeMapping(SURFACE_INFO.bowl.view, 400);
    for (const t of run(s1000)) trajectoryPath(t, m);
  });
});
