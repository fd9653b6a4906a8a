/**
 * In-process planning throughput with the offline model and the sandbox world.
 * Run: npm run bench:throughput [-- --runs 30]
 * Reports plans/second, mean and p50/p99 latency per request length, and heap growth.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { createEmbeddedPlanner } from '../../src/planner/embedded-planner.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';

const REQUESTS = {
  '3-day': '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '5-day':
    '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights',
  '7-day':
    'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100, we bring the dogs, we love Mexican food',
};

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(values.runs);
const { graph } = createEmbeddedPlanner(loadConfig({}), { seed: 1 });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const heapBefore = process.memoryUsage().heapUsed;
console.log(`runs per request: ${runs} (after 2 warm-up runs), node ${process.version}`);
console.log('request  plans/s  mean ms  p50 ms  p99 ms  status');
for (const [label, text] of Object.entries(REQUESTS)) {
  const once = async () => {
    const t0 = performance.now();
    const outcome = await startTrip({ graph, threadId: randomUUID() }, { text }, '2026-11-24');
    return { ms: performance.now() - t0, status: outcome.status };
  };
  await once();
  await once();
  const samples: number[] = [];
  let status = '';
  const t0 = performance.now();
  for (let i = 0; i < runs; i += 1) {
    const r = await once();
    samples.push(r.ms);
    status = r.status;
  }
  const wall = performance.now() - t0;
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `${label.padEnd(8)} ${(runs / (wall / 1000)).toFixed(1).padStart(7)}  ${mean.toFixed(1).padStart(7)}  ${percentile(samples, 50).toFixed(1).padStart(6)}  ${percentile(samples, 99).toFixed(1).padStart(6)}  ${status}`,
  );
}
const heapAfter = process.memoryUsage().heapUsed;
console.log(
  `heap growth: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB (in-memory checkpoints of every run are kept)`,
);
