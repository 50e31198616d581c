import { defineConfig } from 'vitest/config';

// Real-browser tests: each launches Chromium or Firefox with the built extension, so they run one
// file at a time (two cores) and get generous time-outs.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // Real browsers on a shared 2-core machine: Firefox now and then takes over 20 s to repaint
    // after a store change (seen in full runs only, never alone). A retry starts from a fresh
    // browser (tests/browser/harness/index.ts); a test that fails three times in a row still fails.
    retry: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
