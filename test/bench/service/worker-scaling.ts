/**
 * Plans/s of WORKER_PROCESSES=2 against WORKER_PROCESSES=1 (today's single process) when the model
 * answers in --latency ms per call: enough trips in flight that one event loop, not the model, is
 * the limit. Runs alternate 1, 2, 1, 2… (--pairs pairs) so a shared machine's load weighs on both
 * alike; each run starts `npm run worker` afresh (tsx), plans a warm-up batch, then times --trips
 * trips submitted at once, from the first submission to the last completion.
 * Run alone: npx tsx test/bench/service/worker-scaling.ts [--latency 300 --trips 120 --pairs 3]
 * (starts its own redis-server unless REDIS_URL is set); bench:service calls reportWorkerScaling.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ServiceContext } from '../../../src/runtime/service-context.js';
import { submitTrip, type TripCommandDeps } from '../../../src/trips/trip-commands.js';
import { startRedisServer } from '../../support/redis-server.js';
import { serviceOnPrefix } from '../../support/service-context.js';
import { startSupervisorProcess } from '../../support/supervisor-process.js';
import { waitForStatus } from '../../support/trips.js';

export interface WorkerScalingOptions {
  /** Simulated model latency per call (OFFLINE_MODEL_LATENCY_MS). Default 300. */
  latencyMs?: number;
  /** Trips timed per run. Default 120. */
  trips?: number;
  /** Paired runs (one process, then two). Default 3. */
  pairs?: number;
  /** Trips each process plans at once (WORKER_CONCURRENCY): more than one event loop can keep up with. Default 64. */
  concurrency?: number;
}

const REQUEST = '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500';

async function planBatch(context: ServiceContext, commands: TripCommandDeps, count: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: count }, async () => {
      const { trip } = await submitTrip(commands, 'bench', { text: REQUEST });
      const blocking = context.connect('dedicated', 'wait');
      try {
        const status = await waitForStatus(context.events, blocking, trip.id, [
          'completed',
          'failed',
          'cancelled',
        ]);
        if (status !== 'completed') throw new Error(`trip ${trip.id} ended ${status}`);
      } finally {
        blocking.disconnect();
      }
    }),
  );
  return count / ((performance.now() - t0) / 1000);
}

/** One run: `processes` worker processes on a fresh prefix; resolves with the timed batch's plans/s. */
async function measureRun(redisUrl: string, processes: number, options: Required<WorkerScalingOptions>) {
  const prefix = `scale-${randomUUID().slice(0, 6)}:`;
  const { context, commands } = serviceOnPrefix(redisUrl, prefix, { name: 'bench' });
  const worker = startSupervisorProcess({
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    WORKER_PROCESSES: String(processes),
    WORKER_CONCURRENCY: String(options.concurrency),
    OFFLINE_MODEL_LATENCY_MS: String(options.latencyMs),
  });
  try {
    // One process logs 'worker ready'; a supervisor logs once all of its processes are.
    await worker.next((l) => l.msg === (processes === 1 ? 'worker ready' : 'worker processes ready'));
    await planBatch(context, commands, options.concurrency * processes);
    return await planBatch(context, commands, options.trips);
  } finally {
    await worker.stop();
    await context.close();
  }
}

/** The section bench:service prints: each pair's plans/s and the ratio, then the median ratio. */
export async function reportWorkerScaling(options: WorkerScalingOptions = {}): Promise<string> {
  const settings: Required<WorkerScalingOptions> = {
    latencyMs: options.latencyMs ?? 300,
    trips: options.trips ?? 120,
    pairs: options.pairs ?? 3,
    concurrency: options.concurrency ?? 64,
  };
  const redis = process.env.REDIS_URL ? undefined : await startRedisServer();
  const url = process.env.REDIS_URL ?? redis?.url ?? '';
  const lines = [
    `Worker processes at ${settings.latencyMs} ms per model call: ${settings.trips} 3-day trips at once, ` +
      `WORKER_CONCURRENCY=${settings.concurrency}, ${availableParallelism()} cores, load ${(loadavg()[0] ?? 0).toFixed(1)}`,
    `${'pair'.padEnd(6)} ${'1 process'.padStart(10)} ${'2 processes'.padStart(12)}  ratio`,
  ];
  const ratios: number[] = [];
  try {
    for (let pair = 1; pair <= settings.pairs; pair++) {
      const one = await measureRun(url, 1, settings);
      const two = await measureRun(url, 2, settings);
      ratios.push(two / one);
      lines.push(
        `${String(pair).padEnd(6)} ${one.toFixed(1).padStart(10)} ${two.toFixed(1).padStart(12)}  ${(two / one).toFixed(2)}×`,
      );
    }
  } finally {
    await redis?.stop();
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[mid] ?? Number.NaN)
      : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
  lines.push(
    `median ratio (plans/s, 2 processes ÷ 1): ${median.toFixed(2)}× (goal ≥ 1.5×; load after: ${(loadavg()[0] ?? 0).toFixed(1)})`,
  );
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      latency: { type: 'string', default: '300' },
      trips: { type: 'string', default: '120' },
      pairs: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '64' },
    },
  });
  console.log(
    await reportWorkerScaling({
      latencyMs: Number(values.latency),
      trips: Number(values.trips),
      pairs: Number(values.pairs),
      concurrency: Number(values.concurrency),
    }),
  );
  process.exit(0);
}
