/**
 * Where the site is hosted: one value each. `SITE_URL` and `BASE_PATH` in the
 * environment override them (e.g. to host under a sub-folder).
 */
const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;
export const SITE = env.SITE_URL ?? 'https://foundation-models.example.org';
export const BASE = env.BASE_PATH ?? '/';
