import type { Redis } from 'ioredis';
import type { StartGate } from './rate-limiter.js';

/**
 * Reserves the next start time for a source across every process sharing the Redis, on Redis's
 * own clock (hosts' clocks may disagree). Returns the wait in ms. The key expires once idle.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextStart = tonumber(redis.call('GET', KEYS[1]) or '0')
local interval = tonumber(ARGV[1])
local start = math.max(now, nextStart)
redis.call('SET', KEYS[1], start + interval, 'PX', start + interval - now + 1000)
return start - now
`;

export function createRedisStartGate(redis: Redis, key: string, minIntervalMs: number): StartGate {
  return {
    async reserve() {
      return Number(await redis.eval(RESERVE, 1, key, minIntervalMs));
    },
  };
}
