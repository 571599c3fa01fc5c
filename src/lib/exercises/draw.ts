/** Drawing the exercises' numbers from a seeded generator, on readable grids. */
import type { Rng } from '../maths/prng';

/** A number from min to max (inclusive) on a grid of `step`, rounded to the step's decimals. */
export function draw(rng: Rng, min: number, max: number, step: number): number {
  const count = Math.round((max - min) / step) + 1;
  const decimals = (String(step).split('.')[1] ?? '').length;
  return Number((min + step * rng.nextInt(count)).toFixed(decimals));
}

/** Like draw, but never 0. */
export function drawNonZero(rng: Rng, min: number, max: number, step: number): number {
  for (;;) {
    const v = draw(rng, min, max, step);
    if (v !== 0) return v;
  }
}

export function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.nextInt(xs.length)]!;
}

