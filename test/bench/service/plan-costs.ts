/**
 * What one plan costs, in-process and through the service (API → queue → one warm worker in a
 * process of its own): CPU ms per plan (the worker's own process, measured by the worker), Redis
 * commands per plan, and Redis bytes a finished plan keeps, for a 3-day 1-city and a 21-day
 * 3-city trip. Offline model, so CPU is the planner's own and nothing waits on a network.
 * Steady state: V8 compiles a plan's code for a few hundred plans (its compiler threads count as
 * the process's CPU), so both sides first plan WARM_UP_TRIPS each; then rounds alternate an
 * in-process batch and a worker batch of the same requests, so load on the shared machine hits
 * both alike, and the ratio is reported per round. The in-process side follows each plan's
 * progress, as the CLI does when it shows progress lines (the worker writes every line to the
 * trip's events).
 * Run alone: npx tsx test/bench/service/plan-costs.ts [--trips 60 --shape-trips 6 --rounds 3]
 * (starts its own redis-server unless REDIS_URL is set); bench:service calls reportPlanCosts.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { QueueEvents } from 'bullmq';
import { loadConfig } from '../../../src/config.js';
import { progressLine } from '../../../src/jobs/job-progress.js';
import { bullPrefix } from '../../../src/jobs/queues.js';
import { createEmbeddedPlanner } from '../../../src/planner/embedded-planner.js';
import { startTrip } from '../../../src/planner/run-trip-graph.js';
import { createPlanningContext, createServiceContext } from '../../../src/runtime/service-context.js';
import { startApi } from '../../../src/runtime/start-api.js';
import { keysOfTrip } from '../../../src/trips/trip-keys.js';
import { startRedisServer } from '../../support/redis-server.js';
import { benchApiClient } from '../support/api-client.js';
import { type ChildUsage, startBenchChild } from '../support/bench-child.js';

/** The mixed load: 3-, 5- and 7-day requests in turn. */
const MIXED = [
  '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights',
  'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100, we bring the dogs, we love Mexican food',
];
/** The shapes whose kept bytes issue 16 bounds (≤ 32 KB and ≤ 64 KB). */
const SHAPES = {
  '3-day 1-city': MIXED[0] ?? '',
  '21-day 3-city':
    '21 days from Chicago through three cities in California, from June 1 2027, 2 people, budget $14,000',
};
/** Commands of the bench's own observer (it follows each trip's events), not of planning. */
const OBSERVER_COMMANDS = new Set(['xread', 'xrange']);
const WARM_UP_TRIPS = 240;

export interface PlanCostsOptions {
  /** Trips per measured batch (mixed 3/5/7-day, submitted at once). Default 60. */
  trips?: number;
  /** Trips per shape for bytes and commands. Default 6. */
  shapeTrips?: number;
  /** Alternating in-process and worker batches. Default 3. */
  rounds?: number;
}

const cpuMsOf = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function commandStats(redis: { info(section: string): Promise<string> }): Promise<Map<string, number>> {
  const stats = new Map<string, number>();
  for (const match of (await redis.info('commandstats')).matchAll(/cmdstat_([^:]+):calls=(\d+)/g))
    stats.set(match[1] ?? '', Number(match[2]));
  return stats;
}

function commandsBetween(before: Map<string, number>, after: Map<string, number>, plans: number) {
  const per = [...after]
    .map(([name, calls]) => [name, (calls - (before.get(name) ?? 0)) / plans] as const)
    .filter(([name, n]) => n > 0 && !OBSERVER_COMMANDS.has(name) && name !== 'info' && name !== 'memory')
    .sort((a, b) => b[1] - a[1]);
  // A MULTI … EXEC is one round trip; so is every command sent on its own (pipelines aside).
  const exec = per.find(([name]) => name === 'exec')?.[1] ?? 0;
  const inMulti = per.find(([name]) => name === 'multi')?.[1] ?? 0;
  return { total: per.reduce((sum, [, n]) => sum + n, 0), exec, inMulti, top: per.slice(0, 8) };
}

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * The in-process planner in this process: `batch` plans the texts at once and gives the CPU ms
 * per plan. Each plan's progress lines are made as the CLI makes them, and its finished thread is
 * deleted (a long-lived process keeps no thread it will not read again).
 */
function inProcessPlanner() {
  const { graph } = createEmbeddedPlanner(loadConfig({}), { seed: 1 });
  const plan = async (text: string) => {
    const threadId = randomUUID();
    await startTrip({ graph, threadId, onProgress: (event) => progressLine(event) }, { text }, '2026-11-24');
    if (typeof graph.checkpointer === 'object') await graph.checkpointer.deleteThread(threadId);
  };
  return async (texts: readonly string[]): Promise<number> => {
    const before = process.cpuUsage();
    await Promise.all(texts.map(plan));
    return cpuMsOf(process.cpuUsage(before)) / texts.length;
  };
}

export async function reportPlanCosts(options: PlanCostsOptions = {}): Promise<void> {
  const trips = options.trips ?? 60;
  const shapeTrips = options.shapeTrips ?? 6;
  const rounds = options.rounds ?? 3;
  const texts = Array.from({ length: trips }, (_, i) => MIXED[i % MIXED.length] ?? '');
  const warmUp = Array.from({ length: WARM_UP_TRIPS }, (_, i) => MIXED[i % MIXED.length] ?? '');
  const inProcessBatch = inProcessPlanner();
  for (let i = 0; i < warmUp.length; i += trips) await inProcessBatch(warmUp.slice(i, i + trips));

  const server = process.env.REDIS_URL ? undefined : await startRedisServer();
  const url = process.env.REDIS_URL ?? server?.url ?? '';
  const prefix = `bench-${randomUUID().slice(0, 6)}:`;
  const settings = {
    REDIS_URL: url,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
  const config = loadConfig({ ...settings, API_PORT: '0' });
  const api = createServiceContext(config, 'api', 'api');
  const observer = createServiceContext(config, 'worker', 'observer');
  const worker = await startBenchChild(
    'test/bench/support/worker.child.ts',
    { ...settings, WORKER_CONCURRENCY: '16' },
    // CPU_PROF_DIR=<dir>: the worker's V8 CPU profile, written when it stops.
    { label: 'plan-costs-worker', cpuProfDir: process.env.CPU_PROF_DIR },
  );
  const app = await startApi(api);
  const queueEvents = new QueueEvents('plan', {
    connection: observer.connect('bullmq', 'queue-events'),
    prefix: bullPrefix(prefix),
  });
  try {
    const client = await benchApiClient(app, api, observer);
    const submit = async (text: string) => {
      const id = await client.plan(text);
      // The job ends after the completion (it retires the planning thread then): count it all.
      await (await observer.queues.plan.getJob(`${id}.start`))?.waitUntilFinished(queueEvents);
      return id;
    };
    const batch = async (list: readonly string[]) => {
      const [usage0, stats0, t0] = [
        await worker.usage(),
        await commandStats(observer.redis),
        performance.now(),
      ];
      const ids = await Promise.all(list.map(submit));
      const wall = performance.now() - t0;
      const [usage1, stats1] = [await worker.usage(), await commandStats(observer.redis)];
      return {
        ids,
        wall,
        usage: [usage0, usage1] as [ChildUsage, ChildUsage],
        stats: [stats0, stats1] as const,
      };
    };

    for (let i = 0; i < warmUp.length; i += trips) await batch(warmUp.slice(i, i + trips));
    const fmt = (x: number, digits = 1) => x.toFixed(digits);
    console.log(
      `\nCost per plan, ${trips} mixed 3/5/7-day trips at once (offline model), after ${WARM_UP_TRIPS} on each side`,
    );
    console.log(
      'round   in-process CPU ms   worker CPU ms (event loop busy)   worker ÷ in-process   plans/s',
    );
    const ratios: number[] = [];
    let mixed: Awaited<ReturnType<typeof batch>> | undefined;
    for (let round = 1; round <= rounds; round += 1) {
      const inProcess = await inProcessBatch(texts);
      mixed = await batch(texts);
      const [u0, u1] = mixed.usage;
      const workerCpu = (cpuMsOf(u1.cpu) - cpuMsOf(u0.cpu)) / trips;
      const workerLoop = (u1.loopMs - u0.loopMs) / trips;
      ratios.push(workerCpu / inProcess);
      console.log(
        `${String(round).padStart(5)} ${fmt(inProcess).padStart(19)} ${`${fmt(workerCpu)} (${fmt(workerLoop)})`.padStart(33)} ${fmt(workerCpu / inProcess, 2).padStart(21)} ${fmt(trips / (mixed.wall / 1000)).padStart(9)}`,
      );
    }
    console.log(`  worker ÷ in-process, median of ${rounds} rounds: ${fmt(median(ratios), 2)}`);
    if (!mixed) return;
    const mixedCommands = commandsBetween(mixed.stats[0], mixed.stats[1], trips);
    console.log(
      `  Redis commands per plan (all clients but the observer) ${fmt(mixedCommands.total)}, transactions ${fmt(mixedCommands.exec)}: ${mixedCommands.top.map(([n, c]) => `${n} ${fmt(c)}`).join(', ')}`,
    );

    const planning = createPlanningContext(observer);
    console.log('\nRedis per finished plan, by shape (MEMORY USAGE; every key of the trip)');
    console.log('shape            record  events  versions  usage  checkpoints    total  commands  MULTIs');
    for (const [label, text] of Object.entries(SHAPES)) {
      const run = await batch(Array.from({ length: shapeTrips }, () => text));
      const sums = { trip: 0, events: 0, versions: 0, usage: 0, checkpoints: 0 };
      for (const id of run.ids) {
        const keys = keysOfTrip(prefix, id);
        const usageOf = async (k: string) =>
          Number((await observer.redis.memory('USAGE', k, 'SAMPLES', 0)) ?? 0);
        sums.trip += await usageOf(keys.trip);
        sums.events += await usageOf(keys.events);
        sums.versions += (await usageOf(keys.versions)) + (await usageOf(keys.versionsIndex));
        sums.usage += await usageOf(keys.usage);
        sums.checkpoints += await planning.saver.threadBytes(id);
      }
      const n = run.ids.length;
      const total = Object.values(sums).reduce((a, b) => a + b, 0) / n;
      const commands = commandsBetween(run.stats[0], run.stats[1], n);
      const col = (x: number, w: number) =>
        Math.round(x / n)
          .toLocaleString('en-US')
          .padStart(w);
      console.log(
        `${label.padEnd(15)} ${col(sums.trip, 7)} ${col(sums.events, 7)} ${col(sums.versions, 9)} ${col(sums.usage, 6)} ${col(sums.checkpoints, 12)} ${Math.round(total).toLocaleString('en-US').padStart(8)} ${fmt(commands.total).padStart(9)} ${fmt(commands.exec).padStart(7)}`,
      );
    }
  } finally {
    await queueEvents.close();
    await app.close();
    await worker.stop();
    await Promise.all([api.close(), observer.close()]);
    await server?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      trips: { type: 'string', default: '60' },
      'shape-trips': { type: 'string', default: '6' },
      rounds: { type: 'string', default: '3' },
    },
  });
  await reportPlanCosts({
    trips: Number(values.trips),
    shapeTrips: Number(values['shape-trips']),
    rounds: Number(values.rounds),
  });
  process.exit(0);
}
