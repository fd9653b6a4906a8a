import { defineConfig } from 'vitest/config';

/**
 * The "cluster" project runs the tests of the service against Redis again, on a Redis Cluster (3
 * masters, started once by its global setup and shared by every file; each test keeps to a key
 * prefix of its own, so nothing is flushed): every integration test, the API's tests (real Redis
 * behind app.inject), the checkpoint saver's conformance suite (LangGraph's) and prune tests and,
 * in the "cluster:isolated" project below, the failover tests (*.cluster.test.ts). A file costs
 * about what it costs on one Redis (a MOVED redirect is taken only until a client has read the slot
 * map); the time goes to worker processes starting under tsx, lock takeovers and plans, as in the
 * "single" project, and to importing the service into every file, which `isolate: false` below
 * does once per worker instead.
 */
const CLUSTER_TESTS = [
  'test/**/*.int.test.ts',
  'test/src/api/**/*.test.ts',
  'test/src/checkpoint/redis-checkpoint-saver.conformance.test.ts',
  'test/src/checkpoint/redis-checkpoint-prune.test.ts',
];

/**
 * The cluster's own tests (a master killed, with and without replicas; readers per slot) run in a
 * project of their own, each file in a fresh module graph: a client of a cluster a test killed
 * can reject a command after its file ended ("Cluster is ended"), which in a shared worker lands
 * in the next file as an unhandled error.
 */
const CLUSTER_OWN_TESTS = ['test/**/*.cluster.test.ts'];

/** Tests of what only a single Redis has, each with the cluster test that stands for it. */
const SINGLE_REDIS_ONLY = [
  // Stops and restarts a private append-only Redis of its own under load, whatever the run's Redis
  // is (on a cluster, an outage is a master killed: cluster-failover.cluster.test.ts).
  'test/src/jobs/redis-restart.int.test.ts',
  // The review's scenarios on a private Redis they restart (as above) and bounds with no Redis in them.
  'test/chaos/chaos.int.test.ts',
  // One XREAD over every followed trip, one connection per API process: on a cluster the reader
  // reads each trip apart by design (trip-event-hub.cluster.test.ts).
  'test/src/api/events-shared-reader.test.ts',
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
          exclude: [...SINGLE_REDIS_ONLY, ...CLUSTER_OWN_TESTS],
          globalSetup: ['test/support/redis-cluster-global-setup.ts'],
          // The files share a worker's modules: importing the service anew for each file cost
          // 138 s of a 445 s run (244 s without, on a loaded 2-core machine). They can: none
          // mocks a module or patches a global, and each brings its own servers, contexts and key
          // prefix. A test that mocks belongs in the "single" project only.
          isolate: false,
          // Every command may take one more hop (a MOVED redirect) and three servers share the cores.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cluster:isolated',
          include: CLUSTER_OWN_TESTS,
          globalSetup: ['test/support/redis-cluster-global-setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
