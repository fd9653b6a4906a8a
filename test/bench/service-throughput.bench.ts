/**
 * Plans through the service: API → queue → 1 and 2 worker processes, beside the in-process
 * planner for the same requests; then CPU, Redis commands and bytes per plan (service/plan-costs.ts)
 * and 2 worker processes against 1 (service/worker-scaling.ts).
 * Run: npm run bench:service [-- --trips 60]   (starts its own redis-server unless REDIS_URL is set)
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { createEmbeddedPlanner } from '../../src/planner/embedded-planner.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { createServiceContext } from '../../src/runtime/service-context.js';
import { startApi } from '../../src/runtime/start-api.js';
import { startRedisServer } from '../support/redis-server.js';
import { startWorkerProcess } from '../support/worker-process.js';
import { reportPlanCosts } from './service/plan-costs.js';
import { reportWorkerScaling } from './service/worker-scaling.js';
import { benchApiClient } from './support/api-client.js';

const REQUESTS = [
  '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights',
  'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100, we bring the dogs, we love Mexican food',
];
const { values } = parseArgs({ options: { trips: { type: 'string', default: '60' } } });
const N = Number(values.trips);
const texts = Array.from({ length: N }, (_, i) => REQUESTS[i % REQUESTS.length] ?? '');

function summary(label: string, latencies: number[], wallMs: number): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return `${label.padEnd(28)} ${(latencies.length / (wallMs / 1000)).toFixed(1).padStart(7)} ${at(0.5).toFixed(0).padStart(7)} ${at(0.99).toFixed(0).padStart(7)}`;
}

async function inProcess(): Promise<string> {
  const { graph } = createEmbeddedPlanner(loadConfig({}), { seed: 1 });
  await startTrip({ graph, threadId: randomUUID() }, { text: REQUESTS[0] ?? '' }, '2026-11-24');
  const t0 = performance.now();
  const latencies = await Promise.all(
    texts.map(async (text) => {
      const start = performance.now();
      await startTrip({ graph, threadId: randomUUID() }, { text }, '2026-11-24');
      return performance.now() - start;
    }),
  );
  return summary('in-process (all at once)', latencies, performance.now() - t0);
}

async function throughService(workers: number): Promise<string> {
  const redis = process.env.REDIS_URL ? undefined : await startRedisServer();
  const url = process.env.REDIS_URL ?? redis?.url ?? '';
  const prefix = `bench-${randomUUID().slice(0, 6)}:`;
  const config = loadConfig({
    REDIS_URL: url,
    REDIS_PREFIX: prefix,
    API_PORT: '0',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  const api = createServiceContext(config, 'api', 'api');
  const observer = createServiceContext(config, 'worker', 'observer');
  const processes = Array.from({ length: workers }, () =>
    startWorkerProcess({ REDIS_URL: url, REDIS_PREFIX: prefix, WORKER_CONCURRENCY: '16' }),
  );
  const app = await startApi(api);
  try {
    await Promise.all(processes.map((p) => p.ready));
    const client = await benchApiClient(app, api, observer);
    const t0 = performance.now();
    const latencies = await Promise.all(
      texts.map(async (text) => {
        const start = performance.now();
        const id = await client.plan(text);
        return { ms: performance.now() - start, id };
      }),
    );
    const wall = performance.now() - t0;
    return summary(
      `API → queue → ${workers} worker${workers > 1 ? 's' : ''}`,
      latencies.map((l) => l.ms),
      wall,
    );
  } finally {
    await app.close();
    await Promise.all(processes.map((p) => p.stop()));
    await Promise.all([api.close(), observer.close()]);
    await redis?.stop();
  }
}

console.log(
  `${N} trips (3-, 5- and 7-day requests in turn), submitted at once; offline model; node ${process.version}`,
);
console.log(`${'path'.padEnd(28)} plans/s  p50 ms  p99 ms`);
console.log(await inProcess());
console.log(await throughService(1));
console.log(await throughService(2));
// CPU, commands and bytes per plan (test/bench/service/plan-costs.ts): a warm worker, then the
// bytes each finished 3-day and 21-day plan keeps once its job has ended.
await reportPlanCosts({ trips: N });
// WORKER_PROCESSES=2 against 1 at 300 ms per model call (test/bench/service/worker-scaling.ts).
console.log(await reportWorkerScaling());
process.exit(0);
