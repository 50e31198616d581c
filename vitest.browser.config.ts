import { defineConfig } from 'vitest/config';

// Real-browser tests: each launches Chromium or Firefox with the built extension, so they run one
// file at a time (two cores) and get generous time-outs.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
