import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    benchmark: { include: ['src/**/*.bench.ts'] },
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores, which is one worker on a 2-core machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
