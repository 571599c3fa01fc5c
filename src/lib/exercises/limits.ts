/** The seed's limits (a module of its own so that the islands' words do not pull in the generator). */
export const DEFAULT_SEED = 1;
export const MAX_SEED = 4294967295; // 2³² − 1
