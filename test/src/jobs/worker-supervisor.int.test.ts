import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planJobId } from '../../../src/jobs/job-catalog.js';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { submitTrip } from '../../../src/trips/trip-commands.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { serviceOnPrefix } from '../../support/service-context.js';
import { type SupervisorProcess, startSupervisorProcess } from '../../support/supervisor-process.js';
import { waitForStatus } from '../../support/trips.js';

const requests = [
  '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '4 days from Boston to New York, April 2-5 2027, 3 people, $3,000',
  '5 days from Atlanta to 2 cities in Texas, October 8-12 2027, 2 people, $5,000, no flights',
  '3 days from Denver to Las Vegas, July 1-3 2027, 4 people, $4,000, entire home',
];

describe('WORKER_PROCESSES=2: one supervisor, two worker processes', () => {
  const prefix = uniquePrefix('supervisor');
  const { context, commands } = serviceOnPrefix(testRedisUrl(), prefix);
  const env = {
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: prefix,
    WORKER_PROCESSES: '2',
    // Two trips at a time per process: a burst of trips cannot all land on one process.
    WORKER_CONCURRENCY: '2',
    // Short locks so a killed process's jobs are taken over in seconds, not the default 30 s.
    WORKER_LOCK_MS: '2000',
    // Model calls that take a while keep trips in flight when a process is killed or drained.
    OFFLINE_MODEL_LATENCY_MS: '80',
  };
  let blocking: RedisClient;
  let supervisor: SupervisorProcess;
  let workerPids: number[] = [];
  const started: SupervisorProcess[] = [];

  const launch = async () => {
    const next = startSupervisorProcess(env);
    started.push(next);
    const ready = await next.next((l) => l.msg === 'worker processes ready');
    return { next, pids: ready.workerPids ?? [] };
  };
  const submitAll = async (count: number) => {
    const trips = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        submitTrip(commands, 'tenant-a', { text: requests[i % requests.length] ?? '' }),
      ),
    );
    return trips.map((t) => t.trip.id);
  };
  const completed = (id: string) =>
    waitForStatus(context.events, context.connect('dedicated', 'wait'), id, [
      'completed',
      'failed',
      'cancelled',
    ]);

  beforeAll(async () => {
    blocking = context.connect('dedicated', 'blocking');
    ({ next: supervisor, pids: workerPids } = await launch());
    // Three processes start under tsx: on a loaded 2-core machine that has taken 40 s.
  }, 120_000);
  afterAll(async () => {
    await Promise.all(started.map((s) => s.stop()));
    blocking.disconnect();
    await context.close();
  });

  it('runs two worker processes beside the supervisor, and both take jobs', async () => {
    expect(workerPids).toHaveLength(2);
    expect(workerPids).not.toContain(supervisor.child.pid);
    const ids = await submitAll(8);
    expect(await Promise.all(ids.map(completed))).toEqual(ids.map(() => 'completed'));
    const takenBy = new Set<string | undefined>();
    for (const id of ids)
      takenBy.add((await context.queues.plan.getJob(planJobId(id, 'start')))?.processedBy);
    expect([...takenBy].sort()).toEqual(workerPids.map((pid) => `${hostname()}:${pid}`).sort());
  }, 60_000);

  it('restarts a worker process that dies mid-plan, and its trips still complete', async () => {
    const ids = await submitAll(4);
    await waitForStatus(context.events, blocking, ids[0] ?? '', ['running']);
    const [victim] = workerPids;
    const died = supervisor.next((l) => l.msg === 'worker process died: restarting');
    const readyAgain = supervisor.next((l) => l.msg === 'worker processes ready');
    process.kill(victim ?? 0, 'SIGKILL');
    expect(await died).toMatchObject({ workerPid: victim, signal: 'SIGKILL' });
    workerPids = (await readyAgain).workerPids ?? [];
    expect(workerPids).toHaveLength(2);
    expect(workerPids).not.toContain(victim);
    expect(await Promise.all(ids.map(completed))).toEqual(ids.map(() => 'completed'));
  }, 60_000);

  it('drains both processes on SIGTERM: trips in flight complete, queued ones wait for the next supervisor; none is lost', async () => {
    // 2 processes × 2 at a time: 4 in flight, the other 4 still queued when the signal comes.
    const ids = await submitAll(8);
    await Promise.all(
      ids
        .slice(0, 2)
        .map((id) => waitForStatus(context.events, context.connect('dedicated', 'wait'), id, ['running'])),
    );
    const drained = supervisor.lines.length;
    // On failure, the last lines of the supervisor and its processes say which one did not drain.
    expect(await supervisor.stop(), supervisor.output().slice(-4000)).toBe(0);
    const stoppedLines = supervisor.lines.slice(drained);
    expect(
      stoppedLines
        .filter((l) => l.msg === 'drained')
        .map((l) => l.pid)
        .sort(),
    ).toEqual([...workerPids].sort());
    const statuses = await Promise.all(ids.map(async (id) => (await context.store.get(id))?.status));
    // Nothing is left half-done: every trip either finished its plan or was never started.
    for (const status of statuses) expect(['completed', 'queued']).toContain(status);
    expect(statuses).toContain('completed');

    ({ next: supervisor } = await launch());
    expect(await Promise.all(ids.map(completed))).toEqual(ids.map(() => 'completed'));
  }, 180_000);
});
