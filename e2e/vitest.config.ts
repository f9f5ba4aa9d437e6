import { defineConfig } from 'vitest/config';

// One real runtime (started by the global setup) serves every spec; specs run one
// file at a time so screenshots and the shared database are deterministic.
export default defineConfig({
  test: {
    include: ['specs/**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
