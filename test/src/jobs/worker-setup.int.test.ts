import { Writable } from 'node:stream';
import type { Worker } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createPlanWorker } from '../../../src/jobs/plan.worker.js';
import { createNotifyWorker } from '../../../src/notify/notify.worker.js';
import {
  createPlanningContext,
  createServiceContext,
  type ServiceContext,
} from '../../../src/runtime/service-context.js';
import { createReplanWorker } from '../../../src/watch/replan.worker.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';

const LOCK_MS = 2000;

/** A logger whose lines the test reads. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe('the plan, replan and notify workers share one set-up', () => {
  let context: ServiceContext;
  const { logger, lines } = capturedLogger();
  const workers: { name: string; worker: Worker; close(): Promise<void> }[] = [];

  beforeAll(async () => {
    const prefix = uniquePrefix('setup');
    context = createServiceContext(
      loadConfig({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' }),
      'worker',
      'test',
    );
    const planning = createPlanningContext(context);
    const plan = await createPlanWorker({
      connection: context.connect('bullmq', 'plan'),
      subscriber: context.connect('dedicated', 'cancel'),
      redis: context.redis,
      prefix,
      store: context.store,
      events: context.events,
      graph: planning.graph,
      logger,
      lockDurationMs: LOCK_MS,
    });
    const replan = createReplanWorker({
      connection: context.connect('bullmq', 'replan'),
      prefix,
      store: context.store,
      events: context.events,
      versions: context.versions,
      watches: context.watches,
      graph: planning.repairGraph,
      logger,
      forgetThread: async () => {},
      lockDurationMs: LOCK_MS,
    });
    const notify = await createNotifyWorker({
      connection: context.connect('bullmq', 'notify'),
      prefix,
      ...context.notifyStores,
      logger,
      lockDurationMs: LOCK_MS,
    });
    workers.push({ name: 'plan', ...plan }, { name: 'replan', ...replan }, { name: 'notify', ...notify });
    await Promise.all(workers.map((w) => w.worker.waitUntilReady()));
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await context.close();
  });

  it('each takes over a crashed worker’s jobs after one lock, and survives up to three crashes per job', () => {
    for (const { name, worker } of workers) {
      expect(
        {
          lockDuration: worker.opts.lockDuration,
          stalledInterval: worker.opts.stalledInterval,
          maxStalledCount: worker.opts.maxStalledCount,
        },
        name,
      ).toEqual({ lockDuration: LOCK_MS, stalledInterval: LOCK_MS, maxStalledCount: 3 });
    }
  });

  it('each logs its errors (and so never crashes the process on one)', () => {
    for (const { name, worker } of workers) worker.emit('error', new Error(`${name} lost its connection`));
    for (const { name } of workers) {
      expect(
        lines.some(
          (line) => (line.err as { message?: string } | undefined)?.message === `${name} lost its connection`,
        ),
        name,
      ).toBe(true);
    }
  });
});
