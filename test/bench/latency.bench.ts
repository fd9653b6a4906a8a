/**
 * The hosted-model path with simulated model latency: ChatOpenAI over HTTP to the local
 * OpenAI-compatible server (offline policies behind a fixed delay per call).
 *  1. per trip length: model calls, sequential model rounds on the critical path
 *     (intake + max(flights, hotels) + itinerary), tokens, and wall time ÷ (rounds × latency);
 *  2. 1, 10 and 100 5-day trips kept in flight on one worker (a new one submitted as each
 *     finishes, counted over a window): plans per minute vs the ideal (trips × 60 s ÷ (critical
 *     rounds × latency): every trip as fast as its model rounds), and the CPU each process spends
 *     per plan; then 100 trips submitted at once, and when the last is done. The model server and
 *     the worker run in processes of their own, so neither's CPU lands on the other's event loop;
 *  3. from that CPU, the latency at which 100 concurrent trips reach 80% of the ideal on this
 *     machine, and (when --latency does not get there) the 100-trip ratio at hosted latencies.
 * Run: npm run bench:latency [-- --latency 300 --trips 1,10,100 --hosted 500,1000,2000 --cpu-prof /tmp/prof]
 *   (starts its own redis-server unless REDIS_URL is set; --cpu-prof writes a V8 profile of the
 *   worker and of the model server at each latency; --hosted none skips step 3's runs)
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { MemorySaver } from '@langchain/langgraph';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import type { TripStateValue } from '../../graphs/trip-state.js';
import { loadConfig } from '../../src/config.js';
import { createModels } from '../../src/models/model-factory.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import type { RedisClient } from '../../src/runtime/redis-client.js';
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
    hosted: { type: 'string', default: '500,1000,2000' },
    trips: { type: 'string', default: '1,10,100' },
  },
});
const LATENCY = Number(values.latency);
const CPU_PROF_DIR = values['cpu-prof'];
/** The goal: this many concurrent trips on one worker reach TARGET of the ideal. */
const WIDE = 100;
const TARGET = 0.8;
const CORES = availableParallelism();
/**
 * The worker counts as idle after a sample this long in which it used under QUIET_SHARE of a core
 * (an idle worker uses ~1%, one under --cpu-prof ~6%); the wait gives up after QUIET_MAX_WAIT_MS.
 */
const QUIET_SAMPLE_MS = 250;
const QUIET_SHARE = 0.1;
const QUIET_MAX_WAIT_MS = 10_000;
/** Rounds of WIDE trips run before measuring (see measureAt). */
const WARM_UP_ROUNDS = 2;
/**
 * Steady runs: lanes start within one ideal plan time, then run this many more before the window
 * opens; the window lasts this many ideal plan times, and at least STEADY_MIN_WINDOW_MS.
 */
const STEADY_SETTLE_PLANS = 2;
const STEADY_WINDOW_PLANS = 3;
const STEADY_MIN_WINDOW_MS = 15_000;
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

/** CPU so far: each child's (all threads, and its event loop's busy ms), Redis's, this driver's. */
async function snapshot(worker: BenchChild<unknown>, modelServer: BenchChild<unknown>) {
  const [w, m] = [await worker.usage(), await modelServer.usage()];
  return { worker: w, server: m, redis: await redisCpu(), driver: process.cpuUsage() };
}
type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/**
 * CPU ms per plan between two snapshots: the worker (all its threads, and its event loop's busy
 * time alone), the model server, Redis, and this driver (submitting and waiting).
 */
function cpuPerPlan(before: Snapshot, after: Snapshot, plans: number) {
  const perPlan = (micros: number) => micros / 1000 / plans;
  return {
    worker: perPlan(total(after.worker.cpu) - total(before.worker.cpu)),
    loop: (after.worker.loopMs - before.worker.loopMs) / plans,
    server: perPlan(total(after.server.cpu) - total(before.server.cpu)),
    redis: perPlan(after.redis - before.redis),
    driver: perPlan(total(after.driver) - total(before.driver)),
  };
}

interface Run {
  /** Trips in flight. */
  n: number;
  plansPerMinute: number;
  cpu: ReturnType<typeof cpuPerPlan>;
}

/**
 * Submits one 5-day trip through the API's commands and waits for its plan on `blocking`, a
 * connection of the caller's that no other wait shares (a blocking read holds its connection).
 */
async function planOne(blocking: RedisClient): Promise<void> {
  const { trip } = await submitTrip(commands, 'bench', { text: TRIPS['5-day'] });
  const status = await waitForStatus(driver.events, blocking, trip.id, ['completed', 'failed']);
  if (status !== 'completed') throw new Error(`${trip.id} ${status}`);
}

/** Runs `work` with a blocking-read connection of its own, closed afterwards. */
async function withWaitConnection(work: (blocking: RedisClient) => Promise<void>): Promise<void> {
  const blocking = driver.connect('dedicated', 'wait');
  try {
    await work(blocking);
  } finally {
    blocking.disconnect();
  }
}

/**
 * Work goes on after the last trip's final event (retention TTLs, BullMQ's completions, the
 * garbage the run left): it belongs to this run, not the next one, so wait for the worker to idle.
 */
async function untilQuiet(worker: BenchChild<unknown>): Promise<void> {
  let last = total((await worker.usage()).cpu);
  for (let waited = 0; waited < QUIET_MAX_WAIT_MS; waited += QUIET_SAMPLE_MS) {
    await delay(QUIET_SAMPLE_MS);
    const now = total((await worker.usage()).cpu);
    if (now - last < QUIET_SAMPLE_MS * 1000 * QUIET_SHARE) break;
    last = now;
  }
}

/** `n` trips submitted at once: how long until the last plan is done. */
async function runBurst(n: number, worker: BenchChild<unknown>, modelServer: BenchChild<unknown>) {
  const before = await snapshot(worker, modelServer);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, () => withWaitConnection(planOne)));
  const wall = performance.now() - t0;
  await untilQuiet(worker);
  return { wall, cpu: cpuPerPlan(before, await snapshot(worker, modelServer), n) };
}

/**
 * `n` trips always in flight (a new one submitted as each finishes), counted over a window once
 * they run out of step: the throughput of a worker that keeps `n` trips busy. Each lane starts
 * after a random part of one ideal plan time; trips submitted together would otherwise stay in
 * lockstep, every model reply of a round arriving at once and queueing behind the others' CPU.
 */
async function runSteady(
  n: number,
  latency: number,
  worker: BenchChild<unknown>,
  modelServer: BenchChild<unknown>,
): Promise<Run> {
  const planMs = ROUNDS * latency;
  let completed = 0;
  let stopped = false;
  // A lane keeps its wait connection for all its trips: one connect per lane, not per plan.
  const lanes = Array.from({ length: n }, () =>
    withWaitConnection(async (blocking) => {
      await delay(Math.random() * planMs);
      while (!stopped) {
        await planOne(blocking);
        completed += 1;
      }
    }),
  );
  await delay(planMs * STEADY_SETTLE_PLANS);
  const before = await snapshot(worker, modelServer);
  const [from, t0] = [completed, performance.now()];
  await delay(Math.max(STEADY_MIN_WINDOW_MS, planMs * STEADY_WINDOW_PLANS));
  const after = await snapshot(worker, modelServer);
  const [plans, window] = [completed - from, performance.now() - t0];
  stopped = true;
  await Promise.all(lanes);
  await untilQuiet(worker);
  return { n, plansPerMinute: (plans / window) * 60_000, cpu: cpuPerPlan(before, after, plans) };
}

/**
 * A model server and a worker at `latency`: steady throughput at each of `counts` trips in
 * flight, and (with `burst`) WIDE trips submitted at once; then both stop.
 */
async function measureAt(latency: number, counts: readonly number[], burst: boolean) {
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
    for (let i = 0; i < WARM_UP_ROUNDS; i++) await runBurst(WIDE, worker, modelServer);
    const runs: Run[] = [];
    for (const n of counts) runs.push(await runSteady(n, latency, worker, modelServer));
    return { runs, burst: burst ? await runBurst(WIDE, worker, modelServer) : undefined };
  } finally {
    await worker.stop();
    await modelServer.stop();
  }
}

const idealPerMinute = (n: number, latency: number) => (n * 60_000) / (ROUNDS * latency);
const ratio = (run: Run, latency: number) => run.plansPerMinute / idealPerMinute(run.n, latency);
const f = (x: number, width: number, digits = 0) => x.toFixed(digits).padStart(width);

console.log(
  `\n5-day trips kept in flight on one worker; ideal = trips × 60 s ÷ (${ROUNDS} rounds × ${LATENCY} ms)`,
);
console.log('                                     CPU ms per plan: worker');
console.log('trips  plans/min  ideal/min  ratio  process  (loop)  server   redis  driver');
const measured = await measureAt(LATENCY, values.trips.split(',').map(Number), true);
for (const run of measured.runs) {
  const { worker, loop, server: s, redis: r, driver: d } = run.cpu;
  console.log(
    `${f(run.n, 5)}  ${f(run.plansPerMinute, 9)}  ${f(idealPerMinute(run.n, LATENCY), 9)}  ${f(ratio(run, LATENCY), 5, 2)}  ${f(worker, 7, 1)} ${f(loop, 7, 1)} ${f(s, 7, 1)} ${f(r, 7, 1)} ${f(d, 7, 1)}`,
  );
}
if (measured.burst) {
  const { wall, cpu } = measured.burst;
  console.log(
    `${WIDE} submitted at once: the last plan done after ${wall.toFixed(0)} ms, ` +
      `${(WIDE / (wall / 60_000)).toFixed(0)} plans/min, ratio ${((WIDE * 60_000) / wall / idealPerMinute(WIDE, LATENCY)).toFixed(2)} ` +
      `(worker ${cpu.worker.toFixed(1)} ms per plan, loop ${cpu.loop.toFixed(1)}).`,
  );
}

// 3. What the measured CPU allows. 100 trips at TARGET of the ideal finish
//    TARGET × 100 ÷ (rounds × L) plans per second; the machine does at most CORES ÷ c (c = CPU s
//    per plan over every process) and the worker's one event loop 1 ÷ c_loop. L must satisfy both.
const wide = measured.runs.find((r) => r.n === WIDE);
if (wide) {
  const all = wide.cpu.worker + wide.cpu.server + wide.cpu.redis + wide.cpu.driver;
  const floor = (cpuMs: number, cores: number) => (TARGET * WIDE * cpuMs) / (ROUNDS * cores);
  const machine = floor(all, CORES);
  const loop = floor(wide.cpu.loop, 1);
  const s = (ms: number) => (ms / 1000).toFixed(3);
  console.log(
    `\nCPU per plan at ${WIDE} in flight: ${all.toFixed(0)} ms over all processes ` +
      `(worker ${wide.cpu.worker.toFixed(0)}, of which its event loop ${wide.cpu.loop.toFixed(0)}).`,
  );
  console.log(
    `${WIDE} in flight at ${TARGET * 100}% of the ideal needs ${TARGET} × ${WIDE} ÷ (${ROUNDS} × L) plans/s ≤ ` +
      `min(${CORES} cores ÷ ${s(all)} s, 1 loop ÷ ${s(wide.cpu.loop)} s), so L ≥ ` +
      `max(${machine.toFixed(0)}, ${loop.toFixed(0)}) = ${Math.max(machine, loop).toFixed(0)} ms per model call on this machine.`,
  );
  if (ratio(wide, LATENCY) < TARGET && HOSTED_LATENCIES.length > 0) {
    console.log(`\n${WIDE} trips in flight at hosted-model latencies`);
    console.log('latency  plans/min  ideal/min  ratio  worker ms/plan (loop)');
    for (const latency of HOSTED_LATENCIES) {
      const [run] = (await measureAt(latency, [WIDE], false)).runs;
      if (!run) continue;
      console.log(
        `${f(latency, 7)}  ${f(run.plansPerMinute, 9)}  ${f(idealPerMinute(run.n, latency), 9)}  ${f(ratio(run, latency), 5, 2)}  ${f(run.cpu.worker, 14, 1)} ${f(run.cpu.loop, 6, 1)}`,
      );
    }
  }
}

await driver.close();
await redis?.stop();
process.exit(0);
