/**
 * The exercises' seed: `?ex.seed=<n>` fixes the numbers of every numeric
 * exercise on a page, so that an instructor's link gives a whole class the same
 * numbers. Without it (and in the static HTML and print) the seed is 1.
 * Each exercise draws from its own stream (derived from its id), so adding an
 * exercise never changes the numbers of another.
 */
import { normalizeNumberText } from '../maths/numbers';
import { createRng, type Rng } from '../maths/prng';
import { readPrefixed, writePrefixed } from '../examples/url-state';

import { DEFAULT_SEED, MAX_SEED } from './limits';

export { DEFAULT_SEED, MAX_SEED };
export const SEED_PARAM = 'ex.seed';

export type SeedError = 'not-a-number' | 'negative' | 'too-large';

export interface SeedResult {
  seed: number;
  /** Set when the URL's seed was not usable (the seed then falls back to 1). */
  error?: SeedError;
  /** The offending text (shown as text only). */
  token?: string;
}

/** Parses the seed text of a URL (`null` = absent → 1, no message). */
export function parseSeed(text: string | null | undefined): SeedResult {
  if (text === null || text === undefined) return { seed: DEFAULT_SEED };
  const t = normalizeNumberText(text).trim();
  const token = t.length > 24 ? `${t.slice(0, 24)}…` : t;
  if (/^-\d+$/.test(t) && Number(t) !== 0) return { seed: DEFAULT_SEED, error: 'negative', token };
  // "-0" is 0, a whole number like any other (only a negative number is refused as negative).
  if (!/^[+-]?\d+$/.test(t)) return { seed: DEFAULT_SEED, error: 'not-a-number', token };
  const v = Number(t.replace(/^\+/, '')) + 0;
  if (!Number.isSafeInteger(v) || v > MAX_SEED) return { seed: DEFAULT_SEED, error: 'too-large', token };
  return { seed: v };
}

/** The seed in a query string ("?ex.seed=42&…"). */
export function seedFromSearch(search: string): SeedResult {
  return parseSeed(readPrefixed(search, 'ex.', ['seed'] as const).seed ?? null);
}

/** The query string (with "?", or "") with the seed set; other parameters kept. */
export function searchWithSeed(search: string, seed: number): string {
  const q = writePrefixed(search, 'ex.', [['seed', String(seed)]]);
  return q ? `?${q}` : '';
}

/** A fresh seed, different from `current`, from a source of random 32-bit integers. */
export function freshSeed(current: number, random: () => number): number {
  for (let i = 0; i < 8; i++) {
    const s = random() >>> 0;
    if (s !== current) return s;
  }
  return (current + 1) % (MAX_SEED + 1);
}

/** FNV-1a: a 32-bit stream number for an exercise id. */
export function streamOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The generator of one exercise for one seed. */
export function exerciseRng(seed: number, id: string): Rng {
  return createRng(seed, streamOf(id));
}
