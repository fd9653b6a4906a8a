import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { inject } from 'vitest';

/** The run's Redis URL (see redis-global-setup.ts). */
export function testRedisUrl(): string {
  return inject('redisUrl');
}

/** A key prefix no other test uses, so tests share one Redis without seeing each other. */
export function uniquePrefix(label = 't'): string {
  return `${label}-${randomUUID().slice(0, 8)}:`;
}

/** A connection to the test Redis; close it in afterAll/afterEach. */
export function testRedis(options: { maxRetriesPerRequest?: number | null } = {}): Redis {
  return new Redis(testRedisUrl(), {
    maxRetriesPerRequest: options.maxRetriesPerRequest ?? 3,
    lazyConnect: false,
  });
}
