/**
 * The hosted-model path with simulated model latency: ChatOpenAI over HTTP to the local
 * OpenAI-compatible server (offline policies behind a fixed delay per call).
 *  1. per trip length: model calls, sequential model rounds on the critical path
 *     (intake + max(flights, hotels) + itinerary), tokens, and wall time ÷ (rounds × latency);
 *  2. 1, 10 and 100 concurrent 5-day trips on one worker: plans per minute vs the ideal
 *     (concurrency × 60 s ÷ (critical rounds × latency): every trip as fast as its model rounds),
 *     and the CPU each process spends per plan. The model server and the worker run in processes
 *     of their own, so neither's CPU lands on the other's event loop;
 *  3. from that CPU, the latency at which 100 concurrent trips reach 80% of the ideal on this
 *     machine, and (when --latency does not get there) the 100-trip ratio at hosted latencies.
 * Run: npm run bench:latency [-- --latency 300 --trips 1,10,100 --hosted 1000,2000 --cpu-prof /tmp/prof]
 *   (starts its own redis-server unless REDIS_URL is set; --cpu-prof writes a V8 profile of the
 *   worker and of the model server at each latency; --hosted none skips step 3's runs)
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { MemorySaver } from '@langchain/langgraph';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import type { TripStateValue } from '../../graphs/trip-state.js';
import { loadConfig } from '../../src/config.js';
import { createModels } from '../../src/models/model-factory.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { createServiceContext } from '../../src/runtime/service-context.js';
import { submitTrip } from '../../src/trips/trip-commands.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { startRedisServer } from '../support/redis-server.js';
import { waitForStatus } from '../support/trips.js';
import { type BenchChild, startBenchChild } from './support/bench-child.js';
import type { OpenAiServerChildSettings } from './support/openai-server.child.js';

const { values } = parseArgs({
  options: {
    latency: { type: 'string', default: '300' },
    'cpu-prof': { type: 'string' },
    hosted: { type: 'string', default: '1000,2000' },
    trips: { type: 'string', default: '1,10,100' },
  },
});
const LATENCY = Number(values.latency);
const CPU_PROF_DIR = values['cpu-prof'];
/** The goal: this many concurrent trips on one worker reach TARGET of the ideal. */
const WIDE = 100;
const TARGET = 0.8;
const CORES = 2;
/**
 * The worker counts as idle after a sample this long in which it used under QUIET_SHARE of a core
 * (an idle worker uses ~1%, one under --cpu-prof ~6%); the wait gives up after QUIET_MAX_WAIT_MS.
 */
const QUIET_SAMPLE_MS = 250;
const QUIET_SHARE = 0.1;
const QUIET_MAX_WAIT_MS = 10_000;
/** Rounds of WIDE trips run before measuring (see measureAt). */
const WARM_UP_ROUNDS = 2;
/** Hosted models answer in about a second or two per call; measured when LATENCY falls short. */
const HOSTED_LATENCIES = values.hosted
  .split(',')
  .map(Number)
  .filter((ms) => ms > 0);
const TRIPS = {
  '3-day': '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '5-day':
    '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, no flights',
  '7-day':
    'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100',
};
const HOSTED = {
  OPENAI_API_KEY: 'local',
  OPENAI_MODEL: 'offline-policy',
  MODEL_MAX_CONCURRENCY: '1000',
  LOG_LEVEL: 'silent',
};

const startModelServer = (latencyMs: number) =>
  startBenchChild<{ url: string }>(
    'test/bench/support/openai-server.child.ts',
    { latencyMs, models: ['offline-policy'] } satisfies OpenAiServerChildSettings,
    { label: `openai-server-${latencyMs}ms`, cpuProfDir: CPU_PROF_DIR },
  );

// 1. Critical-path rounds per trip length (in-process graph, one trip at a time).
const world = createSandboxWorld({ seed: 1 });
const server = await startModelServer(LATENCY);
console.log(`simulated model latency ${LATENCY} ms per call; ChatOpenAI → local OpenAI-compatible server`);
console.log(
  'trip    calls  rounds(critical: intake+max(flights,hotels)+itinerary)  tokens   wall ms  wall/(rounds×latency)',
);
const models = createModels(loadConfig({ ...HOSTED, OPENAI_BASE_URL: server.info.url }), world);
const graph = buildTripGraph({ world, models: models.defaults, checkpointer: new MemorySaver() });
const criticalRounds: Record<string, number> = {};
for (const [label, text] of Object.entries(TRIPS)) {
  const threadId = randomUUID();
  const t0 = performance.now();
  const outcome = await startTrip({ graph, threadId }, { text }, '2026-11-24');
  const wall = performance.now() - t0;
  if (outcome.status !== 'completed') throw new Error(`${label}: ${JSON.stringify(outcome)}`);
  const state = (await graph.getState({ configurable: { thread_id: threadId } })).values as TripStateValue;
  const rounds = (agent: string) => (state.agentRuns[agent] ?? []).reduce((n, r) => n + r.modelRounds, 0);
  const critical = rounds('intake') + Math.max(rounds('flights'), rounds('hotels')) + rounds('itinerary');
  criticalRounds[label] = critical;
  const tokens = outcome.plan.usage?.total;
  const tokenText = tokens ? `${tokens.inputTokens}+${tokens.outputTokens}` : 'n/a';
  const calls = tokens?.calls ?? 0;
  const breakdown = `${rounds('intake')}+max(${rounds('flights')},${rounds('hotels')})+${rounds('itinerary')}=${critical}`;
  console.log(
    `${label}  ${String(calls).padStart(5)}  ${breakdown.padEnd(53)} ${tokenText.padStart(12)} ${wall.toFixed(0).padStart(8)}  ${(wall / (critical * LATENCY)).toFixed(2)}`,
  );
}
await server.stop();
const ROUNDS = criticalRounds['5-day'] ?? 0;

// 2. Throughput on one worker, in its own process with the model server in another.
const redis = process.env.REDIS_URL ? undefined : await startRedisServer();
const REDIS_URL = process.env.REDIS_URL ?? redis?.url ?? '';
const driver = createServiceContext(
  loadConfig({ ...HOSTED, REDIS_URL, REDIS_PREFIX: `lat-${randomUUID().slice(0, 6)}:` }),
  'worker',
  'bench',
);
const commands = {
  redis: driver.redis,
  prefix: driver.config.REDIS_PREFIX,
  store: driver.store,
  events: driver.events,
  queues: driver.queues,
};
/** Redis's own CPU (µs); only this bench's when it started the server itself. */
const redisCpu = async () => {
  const info = await driver.redis.info('cpu');
  const read = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return (read('used_cpu_user') + read('used_cpu_sys')) * 1e6;
};
const total = (u: NodeJS.CpuUsage) => u.user + u.system;

interface Run {
  n: number;
  wall: number;
  /**
   * CPU ms per plan: the worker (all its threads, and its event loop's busy time alone), the model
   * server, Redis, and this driver (submitting and waiting).
   */
  cpu: { worker: number; loop: number; server: number; redis: number; driver: number };
}

async function runTrips(n: number, worker: BenchChild<unknown>, modelServer: BenchChild<unknown>) {
  const before = [
    await worker.usage(),
    await modelServer.usage(),
    await redisCpu(),
    process.cpuUsage(),
  ] as const;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, async () => {
      const { trip } = await submitTrip(commands, 'bench', { text: TRIPS['5-day'] });
      const blocking = driver.connect('dedicated', 'wait');
      const status = await waitForStatus(driver.events, blocking, trip.id, ['completed', 'failed']);
      blocking.disconnect();
      if (status !== 'completed') throw new Error(`${trip.id} ${status}`);
    }),
  );
  const wall = performance.now() - t0;
  // Work goes on after the last trip's final event (retention TTLs, BullMQ's completions, the
  // garbage the run left): it is this run's CPU, not the next one's, so wait for the worker to idle.
  let last = total((await worker.usage()).cpu);
  for (let waited = 0; waited < QUIET_MAX_WAIT_MS; waited += QUIET_SAMPLE_MS) {
    await delay(QUIET_SAMPLE_MS);
    const now = total((await worker.usage()).cpu);
    if (now - last < QUIET_SAMPLE_MS * 1000 * QUIET_SHARE) break;
    last = now;
  }
  const [workerAfter, serverAfter] = [await worker.usage(), await modelServer.usage()];
  const perPlan = (micros: number) => micros / 1000 / n;
  return {
    n,
    wall,
    cpu: {
      worker: perPlan(total(workerAfter.cpu) - total(before[0].cpu)),
      loop: (workerAfter.loopMs - before[0].loopMs) / n,
      server: perPlan(total(serverAfter.cpu) - total(before[1].cpu)),
      redis: perPlan((await redisCpu()) - before[2]),
      driver: perPlan(total(process.cpuUsage(before[3]))),
    },
  } satisfies Run;
}

/** A model server and a worker at `latency`, `counts` concurrent trips each; then both stop. */
async function measureAt(latency: number, counts: readonly number[]): Promise<Run[]> {
  const modelServer = await startModelServer(latency);
  const worker = await startBenchChild(
    'test/bench/support/worker.child.ts',
    {
      ...HOSTED,
      OPENAI_BASE_URL: modelServer.info.url,
      REDIS_URL,
      REDIS_PREFIX: driver.config.REDIS_PREFIX,
      WORKER_CONCURRENCY: String(WIDE),
    },
    { label: `worker-${latency}ms`, cpuProfDir: CPU_PROF_DIR },
  );
  try {
    // Warm-up, not reported: a cold worker spends ~1.5× the CPU per plan until V8 has optimised
    // its hot code (a couple of hundred plans), and a long-running worker is what is measured.
    for (let i = 0; i < WARM_UP_ROUNDS; i++) await runTrips(WIDE, worker, modelServer);
    const runs: Run[] = [];
    for (const n of counts) runs.push(await runTrips(n, worker, modelServer));
    return runs;
  } finally {
    await worker.stop();
    await modelServer.stop();
  }
}

const idealPerMinute = (n: number, latency: number) => (n * 60_000) / (ROUNDS * latency);
const ratio = (run: Run, latency: number) => ((run.n / run.wall) * 60_000) / idealPerMinute(run.n, latency);
const f = (x: number, width: number, digits = 0) => x.toFixed(digits).padStart(width);

console.log(
  `\nconcurrent 5-day trips on one worker; ideal = trips × 60 s ÷ (${ROUNDS} rounds × ${LATENCY} ms)`,
);
console.log('                                              CPU ms per plan: worker');
console.log('trips  wall ms  plans/min  ideal/min  ratio  process  (loop)  server   redis  driver');
const runs = await measureAt(LATENCY, values.trips.split(',').map(Number));
for (const run of runs) {
  const { worker, loop, server: s, redis: r, driver: d } = run.cpu;
  console.log(
    `${f(run.n, 5)}  ${f(run.wall, 7)}  ${f((run.n / run.wall) * 60_000, 9)}  ${f(idealPerMinute(run.n, LATENCY), 9)}  ${f(ratio(run, LATENCY), 5, 2)}  ${f(worker, 7, 1)} ${f(loop, 7, 1)} ${f(s, 7, 1)} ${f(r, 7, 1)} ${f(d, 7, 1)}`,
  );
}

// 3. What the measured CPU allows. 100 trips at TARGET of the ideal finish
//    TARGET × 100 ÷ (rounds × L) plans per second; the machine does at most CORES ÷ c (c = CPU s
//    per plan over every process) and the worker's one event loop 1 ÷ c_loop. L must satisfy both.
const wide = runs.find((r) => r.n === WIDE);
if (wide) {
  const all = wide.cpu.worker + wide.cpu.server + wide.cpu.redis + wide.cpu.driver;
  const floor = (cpuMs: number, cores: number) => (TARGET * WIDE * cpuMs) / (ROUNDS * cores);
  const machine = floor(all, CORES);
  const loop = floor(wide.cpu.loop, 1);
  const s = (ms: number) => (ms / 1000).toFixed(3);
  console.log(
    `\nCPU per plan at ${WIDE} concurrent: ${all.toFixed(0)} ms over all processes ` +
      `(worker ${wide.cpu.worker.toFixed(0)}, of which its event loop ${wide.cpu.loop.toFixed(0)}).`,
  );
  console.log(
    `${WIDE} concurrent at ${TARGET * 100}% of the ideal needs ${TARGET} × ${WIDE} ÷ (${ROUNDS} × L) plans/s ≤ ` +
      `min(${CORES} cores ÷ ${s(all)} s, 1 loop ÷ ${s(wide.cpu.loop)} s), so L ≥ ` +
      `max(${machine.toFixed(0)}, ${loop.toFixed(0)}) = ${Math.max(machine, loop).toFixed(0)} ms per model call on this machine.`,
  );
  if (ratio(wide, LATENCY) < TARGET && HOSTED_LATENCIES.length > 0) {
    console.log(`\n${WIDE} concurrent trips at hosted-model latencies`);
    console.log('latency  wall ms  plans/min  ideal/min  ratio  worker ms/plan (loop)');
    for (const latency of HOSTED_LATENCIES) {
      const [run] = await measureAt(latency, [WIDE]);
      if (!run) continue;
      console.log(
        `${f(latency, 7)}  ${f(run.wall, 7)}  ${f((run.n / run.wall) * 60_000, 9)}  ${f(idealPerMinute(run.n, latency), 9)}  ${f(ratio(run, latency), 5, 2)}  ${f(run.cpu.worker, 14, 1)} ${f(run.cpu.loop, 6, 1)}`,
      );
    }
  }
}

await driver.close();
await redis?.stop();
process.exit(0);
