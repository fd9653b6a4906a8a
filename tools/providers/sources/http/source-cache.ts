import type { Redis } from 'ioredis';

/** Answers kept by key for a time that fits the data (see SOURCE_TTL_SECONDS). */
export interface SourceCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
}

const DAY = 24 * 3600;

/**
 * How long answers stay good. Places and names change slowly; prices and weather quickly, and a
 * fare is never kept past its offer's expiry (the adapters take the smaller).
 */
export const SOURCE_TTL_SECONDS = {
  geocode: 28 * DAY,
  places: 3 * DAY,
  roadRoute: 14 * DAY,
  forecast: 3 * 3600,
  climate: 30 * DAY,
  fares: 10 * 60,
  stayRates: 10 * 60,
} as const;

/** The deployment's cache: one Redis key per answer under `prefix`, expiring on its own. */
export function createRedisSourceCache(redis: Redis, prefix: string): SourceCache {
  return {
    async get(key) {
      return (await redis.get(`${prefix}${key}`)) ?? undefined;
    },
    async set(key, value, ttlSeconds) {
      await redis.set(`${prefix}${key}`, value, 'EX', Math.max(1, Math.round(ttlSeconds)));
    },
  };
}

/** A process-local cache for one-off commands (providers:check) and embedded runs without Redis. */
export function createMemorySourceCache(now: () => number = Date.now): SourceCache {
  const entries = new Map<string, { value: string; until: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.until <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlSeconds) {
      entries.set(key, { value, until: now() + ttlSeconds * 1000 });
    },
  };
}
