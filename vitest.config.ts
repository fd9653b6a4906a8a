import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The checkpoint-validation suite (durable jobs) registers its tests through globals.
    globals: true,
    testTimeout: 30_000,
    // Hooks start and stop real servers (Redis, API, workers); on a loaded 2-core machine that
    // can take longer than vitest's default 10 s.
    hookTimeout: 30_000,
    globalSetup: ['test/support/redis-global-setup.ts'],
  },
});
