import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { closeQueues, createQueues } from '../../../src/jobs/queues.js';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { connectRedis } from '../../../src/runtime/redis-connections.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';

/** Unhandled rejections while `run` runs and the macrotask after it (when Node reports them). */
async function rejectionsDuring(run: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await run();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('unhandledRejection', listener);
  }
  return seen;
}

describe('the connections BullMQ is given', () => {
  const opened: RedisClient[] = [];
  afterEach(() => {
    for (const client of opened.splice(0)) client.disconnect();
  });
  const connect = (onError?: (error: Error) => void) => {
    const client = connectRedis(testRedisUrl(), 'bullmq', 'bullmq-connections-test', onError);
    opened.push(client);
    return client;
  };

  it("hand the factory's 'error' listener to every copy BullMQ makes (a Worker's blocking reads)", () => {
    const onError = () => {};
    const client = connect(onError);
    // A Worker copies a Cluster with (nodes, options) and a Redis with (options).
    const copy = client.isCluster ? client.duplicate(undefined, { redisOptions: {} }) : client.duplicate();
    opened.push(copy);
    expect(client.listeners('error')).toEqual([onError]);
    expect(copy.listeners('error')).toEqual([onError]);
  });

  it('a queue closed while it starts, its connection closed next: the start cut short is thrown at no one', async () => {
    const client = connect(() => {});
    await once(client, 'ready');
    const rejections = await rejectionsDuring(async () => {
      // Each queue's start is under way (it asks the server's version) when the queue closes and
      // the connection under it is closed: the question then fails with "Connection is closed".
      const queues = createQueues(client, uniquePrefix('closed-at-start'));
      await closeQueues(queues);
      client.disconnect();
      await Promise.all(Object.values(queues).map((queue) => queue.waitUntilReady().catch(() => {})));
    });
    expect(rejections).toEqual([]);
  });
});
