import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRateLimiter } from '../../../../tools/providers/sources/http/rate-limiter.js';
import { createRedisStartGate } from '../../../../tools/providers/sources/http/redis-start-gate.js';
import { parseRetryAfter } from '../../../../tools/providers/sources/http/retry-policy.js';
import { createRedisSourceCache } from '../../../../tools/providers/sources/http/source-cache.js';
import { buildSourceHttp, type SourceHttp } from '../../../../tools/providers/sources/http/source-http.js';
import { isSourceError, type SourceError } from '../../../../tools/providers/sources/source-error.js';
import { testRedis, uniquePrefix } from '../../../support/redis.js';
import { type FakeServer, recordingSleep, startFakeServer } from './fakes/fake-server.js';

const Answer = z.object({ ok: z.literal(true), n: z.number() });

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isSourceError(error)) throw new Error(`expected a SourceError, got ${String(error)}`);
  return error;
}

describe('source HTTP layer against a loopback server', () => {
  let server: FakeServer;
  let redis: Redis;
  let sleeper: ReturnType<typeof recordingSleep>;
  let http: SourceHttp;

  beforeAll(async () => {
    server = await startFakeServer((req) =>
      req.path === '/thing' ? { body: { ok: true, n: 1 } } : undefined,
    );
    redis = testRedis();
  });
  afterAll(async () => {
    await server.close();
    await redis.quit();
  });
  afterEach(() => {
    server.requests.length = 0;
  });

  function build(options: { timeoutMs?: number; cachePrefix?: string } = {}): SourceHttp {
    sleeper = recordingSleep();
    return buildSourceHttp({
      source: 'fake-source',
      baseUrl: server.url,
      userAgent: 'trip-planner/0.1 (+mailto:ops@example.org)',
      timeoutMs: options.timeoutMs ?? 2_000,
      sleep: sleeper.sleep,
      cache: options.cachePrefix ? createRedisSourceCache(redis, options.cachePrefix) : undefined,
    });
  }
  const get = (h: SourceHttp, ttl?: number) =>
    h.json({
      path: '/thing',
      query: { q: 'x' },
      schema: z.object({ ok: z.literal(true) }),
      cacheTtlSeconds: ttl,
    });

  it('sends the User-Agent with the contact and parses the answer', async () => {
    http = build();
    await expect(get(http)).resolves.toEqual({ ok: true });
    expect(server.requests[0]?.headers['user-agent']).toBe('trip-planner/0.1 (+mailto:ops@example.org)');
  });

  it('401 fails at once as unauthorized, naming the source and the request', async () => {
    http = build();
    server.script('GET', '/thing', { status: 401, body: { error: 'bad key' } });
    const error = await failure(get(http));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/^fake-source: .*\(GET \/thing\?q=x\)$/);
    expect(server.requests).toHaveLength(1);
  });

  it('429 waits as long as Retry-After says, then succeeds', async () => {
    http = build();
    server.script('GET', '/thing', { status: 429, headers: { 'retry-after': '2' }, body: {} });
    await expect(get(http)).resolves.toEqual({ ok: true });
    expect(sleeper.delays).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
  });

  it('429 asking for longer than we wait fails at once as rate-limited', async () => {
    http = build();
    server.script('GET', '/thing', { status: 429, headers: { 'retry-after': '600' }, body: {} });
    const error = await failure(get(http));
    expect([error.code, error.retryAfterMs, server.requests.length]).toEqual(['rate-limited', 600_000, 1]);
  });

  it('5xx is retried with growing backoff and reported as unavailable when it persists', async () => {
    http = build();
    server.script(
      'GET',
      '/thing',
      { status: 502, body: 'bad gateway' },
      { status: 503, body: 'x' },
      { status: 500, body: 'y' },
    );
    const error = await failure(get(http));
    expect([error.code, error.status, server.requests.length]).toEqual(['unavailable', 500, 3]);
    expect(sleeper.delays).toHaveLength(2);
    for (const d of sleeper.delays) expect(d).toBeLessThanOrEqual(8000);
  });

  it('a server that never answers times out, and each attempt is retried', async () => {
    http = build({ timeoutMs: 150 });
    server.script('GET', '/thing', { hang: true }, { hang: true }, { hang: true });
    const error = await failure(get(http));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('no answer within 150 ms');
    expect(server.requests).toHaveLength(3);
  });

  it('a body that is not JSON, or not the documented shape, is malformed and not retried', async () => {
    http = build();
    server.script('GET', '/thing', { body: '<html>maintenance</html>' });
    expect((await failure(get(http))).code).toBe('malformed-response');
    server.script('GET', '/thing', { body: { ok: 'yes' } });
    const shape = await failure(get(http));
    expect(shape.code).toBe('malformed-response');
    expect(shape.message).toContain('ok');
    expect(server.requests).toHaveLength(2);
  });

  it('other 4xx is a bad request with the service’s words', async () => {
    http = build();
    server.script('GET', '/thing', {
      status: 400,
      body: { error: true, reason: 'Latitude must be in range' },
    });
    const error = await failure(get(http));
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain('Latitude must be in range');
  });

  it('caches answers in Redis for the TTL asked, so the second ask sends nothing', async () => {
    const prefix = uniquePrefix('src');
    http = build({ cachePrefix: prefix });
    await get(http, 3600);
    await get(http, 3600);
    expect(server.requests).toHaveLength(1);
    const [key] = await redis.keys(`${prefix}*`);
    expect(key).toMatch(new RegExp(`^${prefix}fake-source:`));
    const ttl = await redis.ttl(key ?? '');
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it('does not cache failures', async () => {
    const prefix = uniquePrefix('src');
    http = build({ cachePrefix: prefix });
    server.script('GET', '/thing', { status: 400, body: 'no' });
    await failure(get(http, 3600));
    expect(await redis.keys(`${prefix}*`)).toEqual([]);
  });

  it('a refused connection is unavailable', async () => {
    const closed = await startFakeServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const h = buildSourceHttp({
      source: 'gone',
      baseUrl: url,
      userAgent: 'x',
      sleep: async () => {},
      retry: { attempts: 2 },
    });
    expect((await failure(h.json({ path: '/', schema: Answer }))).code).toBe('unavailable');
  });
});

describe('rate limiter', () => {
  it('spaces request starts by the interval and runs one at a time', async () => {
    let clock = 0;
    const waits: number[] = [];
    const limiter = createRateLimiter({
      maxConcurrent: 1,
      minIntervalMs: 1000,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    const starts: number[] = [];
    let running = 0;
    let most = 0;
    await Promise.all(
      [1, 2, 3].map(() =>
        limiter.schedule(async () => {
          running++;
          most = Math.max(most, running);
          starts.push(clock);
          await Promise.resolve();
          running--;
        }),
      ),
    );
    expect(starts).toEqual([0, 1000, 2000]);
    expect(most).toBe(1);
  });

  it('lets up to maxConcurrent run together and queues the rest', async () => {
    const limiter = createRateLimiter({ maxConcurrent: 2, minIntervalMs: 0 });
    let running = 0;
    let most = 0;
    let autoRelease = false;
    const held: Array<() => void> = [];
    let twoHeld: () => void = () => {};
    const bothRunning = new Promise<void>((resolve) => {
      twoHeld = resolve;
    });
    const tasks = [1, 2, 3, 4].map(() =>
      limiter.schedule(async () => {
        running++;
        most = Math.max(most, running);
        if (!autoRelease)
          await new Promise<void>((resolve) => {
            held.push(resolve);
            if (held.length === 2) twoHeld();
          });
        running--;
      }),
    );
    await bothRunning;
    expect(running).toBe(2);
    autoRelease = true;
    for (const release of held) release();
    await Promise.all(tasks);
    expect(most).toBe(2);
  });
});

describe('Redis start gate', () => {
  it('spaces starts across processes sharing the Redis', async () => {
    const redis = testRedis();
    try {
      const key = `${uniquePrefix('gate')}nominatim`;
      const waits: number[] = [];
      // Two limiters stand for two worker processes: each keeps its own concurrency, one spacing.
      const limiters = [1, 2].map(() =>
        createRateLimiter({
          maxConcurrent: 1,
          minIntervalMs: 1000,
          gate: createRedisStartGate(redis, key, 1000),
          sleep: async (ms) => void waits.push(ms),
        }),
      );
      await Promise.all(limiters.map((l) => l.schedule(async () => {})));
      await limiters[0]?.schedule(async () => {});
      expect(waits).toHaveLength(2);
      // Redis's clock moves on between the reservations, so the waits are a little under the slots.
      expect(waits[0]).toBeGreaterThan(900);
      expect(waits[0]).toBeLessThanOrEqual(1000);
      expect(waits[1]).toBeGreaterThan(1900);
      expect(waits[1]).toBeLessThanOrEqual(2000);
      expect(await redis.pttl(key)).toBeGreaterThan(2000);
    } finally {
      await redis.quit();
    }
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(
      parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')),
    ).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
