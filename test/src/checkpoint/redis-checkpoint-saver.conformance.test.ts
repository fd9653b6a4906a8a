import {
  type CheckpointSaverTestInitializer,
  deltaChannelHistoryTests,
  validate,
} from '@langchain/langgraph-checkpoint-validation';
import type { Redis } from 'ioredis';
import { RedisCheckpointSaver } from '../../../src/checkpoint/redis-checkpoint-saver.js';
import { scanAllKeys } from '../../../src/runtime/redis-client.js';
import { testRedis, uniquePrefix } from '../../support/redis.js';

// LangGraph's own conformance suite (the package's CLI is broken in 1.1.1, so it runs through its
// programmatic API). It registers describe/it through vitest globals. Every checkpointer it asks
// for gets its own connection and prefix, and everything it wrote is deleted afterwards.
const connections = new Map<RedisCheckpointSaver, { redis: Redis; prefix: string }>();

async function deleteByPrefix(redis: Redis, prefix: string): Promise<void> {
  // Every master's keys (a cluster scans node by node), one UNLINK each: keys of different
  // threads live in different slots, which one multi-key command may not span.
  const keys = await scanAllKeys(redis, `${prefix}*`);
  await Promise.all(keys.map((key) => redis.unlink(key)));
}

const initializer: CheckpointSaverTestInitializer<RedisCheckpointSaver> = {
  // Not one of the names the suite skips tests for (MemorySaver, the Mongo and SQLite savers).
  checkpointerName: 'RedisCheckpointSaver',
  createCheckpointer() {
    const redis = testRedis();
    const prefix = uniquePrefix('cp-conformance');
    const saver = new RedisCheckpointSaver({ redis, prefix });
    connections.set(saver, { redis, prefix });
    return saver;
  },
  async destroyCheckpointer(saver) {
    const connection = connections.get(saver);
    if (!connection) return;
    connections.delete(saver);
    await deleteByPrefix(connection.redis, connection.prefix);
    await connection.redis.quit();
  },
};

validate(initializer);
// Opt-in in the package (the method is beta), run by each of LangGraph's own savers.
deltaChannelHistoryTests(initializer);
