import { defineConfig } from 'vitest/config';

/**
 * The "cluster" project runs every integration test again against a Redis Cluster (3 masters,
 * started once for the whole run by its global setup and shared; each test keeps to its own key
 * prefix, so nothing is flushed between tests). With LangGraph's conformance suite for the
 * checkpoint saver and the failover tests (*.cluster.test.ts), it takes about as long as the same
 * files on one Redis: a cluster costs a MOVED redirect per slot only until the client has read the
 * slot map, and the run's time goes to worker processes starting under tsx and to the plans.
 */
const CLUSTER_TESTS = [
  'test/**/*.int.test.ts',
  'test/**/*.cluster.test.ts',
  'test/src/checkpoint/redis-checkpoint-saver.conformance.test.ts',
];

/** Integration tests with no cluster counterpart: each starts and restarts a private single redis-server of its own, whatever the run's Redis is. */
const SINGLE_REDIS_ONLY = [
  // Stops and restarts its own append-only Redis under load (a cluster's outage is a master
  // killed with failover: cluster-failover.cluster.test.ts).
  'test/src/jobs/redis-restart.int.test.ts',
  // The review's scenarios on a private Redis they restart; loopback and payload bounds besides.
  'test/chaos/chaos.int.test.ts',
];

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
          include: CLUSTER_TESTS,
          exclude: SINGLE_REDIS_ONLY,
          globalSetup: ['test/support/redis-cluster-global-setup.ts'],
          // Every command may take one more hop (a MOVED redirect) and three servers share the cores.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
