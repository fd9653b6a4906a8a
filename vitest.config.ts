import { defineConfig } from 'vitest/config';

/**
 * The tests that touch Redis through the service's own code paths, run a second time against a
 * Redis Cluster: every integration test (workers, API, watches, notify, usage, versions) and the
 * checkpoint saver's conformance suite. Left out: tests that start or restart a single server of
 * their own (redis-restart, chaos), which a cluster has no counterpart for.
 */
const CLUSTER_TESTS = [
  'test/**/*.int.test.ts',
  'test/src/checkpoint/redis-checkpoint-saver.conformance.test.ts',
];
const SINGLE_SERVER_ONLY = ['test/src/jobs/redis-restart.int.test.ts', 'test/chaos/**'];

export default defineConfig({
  test: {
    // The checkpoint-validation suite (durable jobs) registers its tests through globals.
    globals: true,
    testTimeout: 30_000,
    // Hooks start and stop real servers (Redis, API, workers); on a loaded 2-core machine that
    // can take longer than vitest's default 10 s.
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'single',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.cluster.test.ts'],
          globalSetup: ['test/support/redis-global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'cluster',
          include: [...CLUSTER_TESTS, 'test/**/*.cluster.test.ts'],
          exclude: SINGLE_SERVER_ONLY,
          globalSetup: ['test/support/redis-cluster-global-setup.ts'],
        },
      },
    ],
  },
});
