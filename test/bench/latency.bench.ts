/**
 * The hosted-model path with simulated model latency: ChatOpenAI over HTTP to the local
 * OpenAI-compatible server (offline policies behind a fixed delay per call).
 *  1. per trip length: model calls, sequential model rounds on the critical path
 *     (intake + max(flights, hotels) + itinerary), tokens, and wall time ÷ (rounds × latency);
 *  2. 1, 10 and 100 concurrent trips on one worker: plans per minute vs the ideal (every trip as
 *     fast as a lone one).
 * Run: npm run bench:latency [-- --latency 300]   (starts its own redis-server unless REDIS_URL is set)
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { MemorySaver } from '@langchain/langgraph';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import type { TripStateValue } from '../../graphs/trip-state.js';
import { loadConfig } from '../../src/config.js';
import { startOpenAiCompatibleServer } from '../../src/devtools/openai-compatible-server.js';
import { createModels } from '../../src/models/model-factory.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { createServiceContext } from '../../src/runtime/service-context.js';
import { startWorker } from '../../src/runtime/start-worker.js';
import { submitTrip } from '../../src/trips/trip-commands.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { startRedisServer } from '../support/redis-server.js';
import { waitForStatus } from '../support/trips.js';

const { values } = parseArgs({ options: { latency: { type: 'string', default: '300' } } });
const LATENCY = Number(values.latency);
const TRIPS = {
  '3-day': '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '5-day':
    '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, no flights',
  '7-day':
    'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100',
};

const world = createSandboxWorld({ seed: 1 });
const server = await startOpenAiCompatibleServer({
  gazetteer: { cities: world.listCities(), regions: world.listRegions() },
  latencyMs: LATENCY,
  models: ['offline-policy'],
});
const hosted = {
  OPENAI_API_KEY: 'local',
  OPENAI_BASE_URL: server.url,
  OPENAI_MODEL: 'offline-policy',
  MODEL_MAX_CONCURRENCY: '1000',
  LOG_LEVEL: 'silent',
};

console.log(`simulated model latency ${LATENCY} ms per call; ChatOpenAI → local OpenAI-compatible server`);
console.log(
  'trip    calls  rounds(critical: intake+max(flights,hotels)+itinerary)  tokens   wall ms  wall/(rounds×latency)',
);
const config = loadConfig(hosted);
const models = createModels(config, world);
const graph = buildTripGraph({ world, models: models.defaults, checkpointer: new MemorySaver() });
for (const [label, text] of Object.entries(TRIPS)) {
  const before = server.stats().completions;
  const threadId = randomUUID();
  const t0 = performance.now();
  const outcome = await startTrip({ graph, threadId }, { text }, '2026-11-24');
  const wall = performance.now() - t0;
  if (outcome.status !== 'completed') throw new Error(`${label}: ${outcome.status}`);
  const state = (await graph.getState({ configurable: { thread_id: threadId } })).values as TripStateValue;
  const rounds = (agent: string) => (state.agentRuns[agent] ?? []).reduce((n, r) => n + r.modelRounds, 0);
  const critical = rounds('intake') + Math.max(rounds('flights'), rounds('hotels')) + rounds('itinerary');
  const tokens = outcome.plan.usage?.total;
  const tokenText = tokens ? `${tokens.inputTokens}+${tokens.outputTokens}` : 'n/a';
  const calls = server.stats().completions - before;
  const breakdown = `${rounds('intake')}+max(${rounds('flights')},${rounds('hotels')})+${rounds('itinerary')}=${critical}`;
  console.log(
    `${label}  ${String(calls).padStart(5)}  ${breakdown.padEnd(53)} ${tokenText.padStart(12)} ${wall.toFixed(0).padStart(8)}  ${(wall / (critical * LATENCY)).toFixed(2)}`,
  );
}

// Throughput on one worker: the lone-trip wall time sets the ideal.
const redis = process.env.REDIS_URL ? undefined : await startRedisServer();
const serviceConfig = loadConfig({
  ...hosted,
  REDIS_URL: process.env.REDIS_URL ?? redis?.url ?? '',
  REDIS_PREFIX: `lat-${randomUUID().slice(0, 6)}:`,
  WORKER_CONCURRENCY: '100',
});
const context = createServiceContext(serviceConfig, 'worker', 'bench');
const worker = await startWorker(context);
const commands = {
  redis: context.redis,
  prefix: serviceConfig.REDIS_PREFIX,
  store: context.store,
  events: context.events,
  queues: context.queues,
};
const run = async (n: number) => {
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, async () => {
      const { trip } = await submitTrip(commands, 'bench', { text: TRIPS['5-day'] });
      const blocking = context.connect('dedicated', 'wait');
      const status = await waitForStatus(context.events, blocking, trip.id, ['completed', 'failed']);
      blocking.disconnect();
      if (status !== 'completed') throw new Error(`${trip.id} ${status}`);
    }),
  );
  return performance.now() - t0;
};
await run(1);
const lone = await run(1);
console.log(`\nconcurrent 5-day trips on one worker (lone trip ${lone.toFixed(0)} ms = the ideal per trip)`);
console.log('trips  wall ms  plans/min  ideal plans/min  ratio');
for (const n of [1, 10, 100]) {
  const wall = await run(n);
  const achieved = (n / wall) * 60_000;
  const ideal = (n / lone) * 60_000;
  console.log(
    `${String(n).padStart(5)}  ${wall.toFixed(0).padStart(7)}  ${achieved.toFixed(0).padStart(9)}  ${ideal.toFixed(0).padStart(15)}  ${(achieved / ideal).toFixed(2)}`,
  );
}
await worker.close();
await context.close();
await redis?.stop();
await server.close();
process.exit(0);
