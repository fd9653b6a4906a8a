/**
 * Redis bytes of a finished plan's checkpoints, as written and after `saver.prune(threadId)`, for a
 * 3-day 1-city and a 21-day 3-city trip (in-process, offline model, Redis checkpoints), and the
 * largest channel values a pruned plan still keeps.
 * Run: npm run bench:checkpoints [-- --runs 3]   (starts its own redis-server unless REDIS_URL is set)
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { RedisCheckpointSaver } from '../../src/checkpoint/redis-checkpoint-saver.js';
import { loadConfig } from '../../src/config.js';
import { createModels } from '../../src/models/model-factory.js';
import { WORKING_CHANNELS } from '../../src/planner/lean-thread.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { startRedisServer } from '../support/redis-server.js';

const REQUESTS = {
  '3-day 1-city': '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '21-day 3-city':
    '21 days from Chicago through three cities in California, from June 1 2027, 2 people, budget $14,000',
};

/** Working data of the trip graph that a finished run drops (src/planner/lean-thread.ts). */
const INTERMEDIATE = WORKING_CHANNELS;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const server = process.env.REDIS_URL ? undefined : await startRedisServer();
const redis = new Redis(process.env.REDIS_URL ?? server?.url ?? '');
const prefix = `bench-cp-${randomUUID().slice(0, 6)}:`;
try {
  const config = loadConfig({});
  const world = createSandboxWorld({ seed: 1 });
  const models = createModels(config, world);
  const saver = new RedisCheckpointSaver({ redis, prefix });
  const graph = buildTripGraph({
    world,
    models: models.defaults,
    modelChoices: models.choices,
    checkpointer: saver,
    requestHorizonDays: config.REQUEST_HORIZON_DAYS,
  });
  /** Transactions Redis has run so far: one per batch of checkpoint writes. */
  const execs = async () =>
    Number(/cmdstat_exec:calls=(\d+)/.exec(await redis.info('commandstats'))?.[1] ?? 0);
  console.log(
    'trip            status     checkpoints  MULTIs  written B  pruned B  kept  + dropped lists B  kept',
  );
  for (const [label, text] of Object.entries(REQUESTS)) {
    let written = 0;
    let pruned = 0;
    let dropped = 0;
    let checkpoints = 0;
    let status = '';
    let lastThread = '';
    let transactions = 0;
    for (let i = 0; i < runs; i += 1) {
      const threadId = randomUUID();
      const execsBefore = await execs();
      // pruneAtEnd: false, so "written" is what the run wrote (the worker prunes after recording).
      status = (await startTrip({ graph, threadId, pruneAtEnd: false }, { text }, '2026-11-24')).status;
      transactions += (await execs()) - execsBefore;
      for await (const _ of saver.list({ configurable: { thread_id: threadId } })) checkpoints += 1;
      written += await saver.threadBytes(threadId);
      await saver.prune(threadId);
      pruned += await saver.threadBytes(threadId);
      await saver.prune(threadId, { dropChannels: INTERMEDIATE });
      dropped += await saver.threadBytes(threadId);
      lastThread = threadId;
    }
    console.log(
      `${label.padEnd(15)} ${status.padEnd(10)} ${(checkpoints / runs).toFixed(0).padStart(11)}  ${(transactions / runs).toFixed(0).padStart(6)}  ${(written / runs).toFixed(0).padStart(9)}  ${(pruned / runs).toFixed(0).padStart(8)}  ${((100 * pruned) / written).toFixed(0).padStart(3)}%  ${(dropped / runs).toFixed(0).padStart(17)}  ${((100 * dropped) / written).toFixed(0).padStart(3)}%`,
    );
    // Where the kept bytes are: the channel values of the latest checkpoint, largest first
    // (after dropping the intermediate lists).
    const blobs = `${prefix}cp:{${lastThread}}::blobs`;
    const fields = await redis.hkeys(blobs);
    const sizes = await Promise.all(
      fields.map(async (field) => [field, await redis.hstrlen(blobs, field)] as const),
    );
    const top = sizes.sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`  largest kept values: ${top.map(([f, n]) => `${JSON.parse(f)[0]} ${n} B`).join(', ')}`);
  }
} finally {
  await redis.quit();
  await server?.stop();
}
