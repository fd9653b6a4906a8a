import { defineConfig } from 'vitest/config';

/**
 * The tests run a second time against a Redis Cluster: one or more per module that talks to Redis,
 * chosen so the "cluster" project adds about 4 minutes (every *.int.test.ts on a cluster takes
 * over 15 minutes on a shared 2-core machine). What each covers there:
 * - the checkpoint saver: LangGraph's conformance suite (every command of the saver, list across
 *   nodes included);
 * - a worker planning end to end (trip store, events, checkpoints, usage ledger, versions, the
 *   TTL script, SCAN of every master): plan-worker; plan versions: plan-versions;
 * - the waiting-for-an-answer index, split from the status script: waiting-retention;
 * - the API (tenant index, API keys, SSE, 503s) with the CLI: understanding; the shared SSE reader:
 *   trip-event-hub.cluster;
 * - a worker killed mid-plan and cancellation over pub/sub: crash-and-cancel, completion-takeover;
 * - watches, the world clock, the replan worker: replan, watch-scheduler;
 * - webhook deliveries: notify-worker; usage totals: usage-accounting;
 * - a master killed, with and without replicas: *.cluster.test.ts.
 * Left to the single-Redis project: process supervision (worker-supervisor), model faults
 * (hosted-model-faults), real data sources (real-world-watch), egress policy (webhook-egress), a
 * second takeover test (usage-takeover), and the tests that restart a single server of their own
 * (redis-restart, chaos), which a cluster has no counterpart for.
 */
const CLUSTER_TESTS = [
  'test/src/checkpoint/redis-checkpoint-saver.conformance.test.ts',
  'test/src/jobs/plan-worker.int.test.ts',
  'test/src/trips/plan-versions.int.test.ts',
  'test/src/trips/waiting-retention.int.test.ts',
  'test/src/api/understanding.int.test.ts',
  'test/src/jobs/crash-and-cancel.int.test.ts',
  'test/src/trips/completion-takeover.int.test.ts',
  'test/src/watch/replan.int.test.ts',
  'test/src/watch/watch-scheduler.int.test.ts',
  'test/src/notify/notify-worker.int.test.ts',
  'test/src/usage/usage-accounting.int.test.ts',
  'test/**/*.cluster.test.ts',
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
          globalSetup: ['test/support/redis-cluster-global-setup.ts'],
          // Every command may take one more hop (a MOVED redirect) and three servers share the cores.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
