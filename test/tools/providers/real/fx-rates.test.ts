import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createFrankfurterRates,
  ECB_RATE_SOURCE,
  FX_TTL_SECONDS,
} from '../../../../tools/providers/fx/frankfurter-rates.js';
import {
  BUILTIN_RATE_SOURCE,
  createBuiltinRates,
  toQuoteCurrency,
  withBuiltinFallback,
} from '../../../../tools/providers/fx/fx-rates.js';
import { DEFAULT_RETRY_POLICY } from '../../../../tools/providers/sources/http/retry-policy.js';
import { createRedisSourceCache } from '../../../../tools/providers/sources/http/source-cache.js';
import { buildSourceHttp } from '../../../../tools/providers/sources/http/source-http.js';
import { isSourceError } from '../../../../tools/providers/sources/source-error.js';
import { testRedis, uniquePrefix } from '../../../support/redis.js';
import { type FakeServer, recordingSleep, startFakeServer } from '../sources/fakes/fake-server.js';
import { createFrankfurterFake, FAKE_RATE_DATE } from './fakes/frankfurter-fake.js';

describe('FX: ECB reference rates via Frankfurter, built-in table as the offline fallback', () => {
  let server: FakeServer;
  let redis: Redis;
  beforeAll(async () => {
    server = await startFakeServer(createFrankfurterFake());
    redis = testRedis();
  });
  afterAll(async () => {
    await server.close();
    await redis.quit();
  });
  afterEach(() => {
    server.requests.length = 0;
  });

  const build = (options: { redis?: Redis; prefix?: string; now?: () => number } = {}) =>
    createFrankfurterRates({
      http: buildSourceHttp({
        source: 'frankfurter',
        baseUrl: server.url,
        userAgent: 'trip-planner-tests',
        timeoutMs: 2000,
        sleep: recordingSleep().sleep,
        cache: options.redis
          ? createRedisSourceCache(options.redis, options.prefix ?? uniquePrefix('fx'))
          : undefined,
      }),
      now: options.now,
    });

  it('converts with the USD-per-unit rate derived from the answer, and shows it with its date', async () => {
    const converted = await toQuoteCurrency({ amount: 121.9, currency: 'GBP' }, build());
    // 1 USD buys 0.625 GBP in the fake: 1 GBP = 1.6 USD.
    expect(converted).toEqual({
      amount: 195.04,
      quoted: {
        amount: 121.9,
        currency: 'GBP',
        rate: 1.6,
        rateSource: ECB_RATE_SOURCE,
        rateDate: FAKE_RATE_DATE,
      },
    });
    expect(server.requests.map((r) => `${r.path}?${r.query}`)).toEqual(['/latest?base=USD']);
  });

  it('asks once for every currency, keeps the table in Redis for hours, and asks again once it lapses', async () => {
    let clock = 0;
    const prefix = uniquePrefix('fx');
    const rates = build({ redis, prefix, now: () => clock });
    expect((await rates.rateToQuote('EUR')).rate).toBe(1.25);
    expect((await rates.rateToQuote('JPY')).rate).toBeCloseTo(1 / 150, 10);
    expect(server.requests).toHaveLength(1);
    const [key] = await redis.keys(`${prefix}*`);
    const ttl = await redis.ttl(key ?? '');
    expect(ttl).toBeGreaterThan(FX_TTL_SECONDS - 60);
    expect(ttl).toBeLessThanOrEqual(FX_TTL_SECONDS);
    // Another process with the same Redis does not ask the service at all.
    await build({ redis, prefix }).rateToQuote('CHF');
    expect(server.requests).toHaveLength(1);
    clock += FX_TTL_SECONDS * 1000 + 1;
    await redis.del(key ?? '');
    await rates.rateToQuote('EUR');
    expect(server.requests).toHaveLength(2);
  });

  it('the quote currency needs no rate and no request', async () => {
    expect(await toQuoteCurrency({ amount: 10, currency: 'USD' }, build())).toMatchObject({
      amount: 10,
      quoted: { rate: 1, rateSource: 'no conversion' },
    });
    expect(server.requests).toHaveLength(0);
  });

  it('a currency ECB does not publish is a SourceError naming it; the fallback then says it used the table', async () => {
    const error = await build()
      .rateToQuote('MXN')
      .catch((e: unknown) => e);
    expect(isSourceError(error) && error.message).toContain('no ECB reference rate for MXN');
    const rate = await withBuiltinFallback(build()).rateToQuote('MXN');
    expect(rate).toEqual({
      rate: 0.058,
      source: `${BUILTIN_RATE_SOURCE}; ecb failed: bad-request`,
      date: null,
    });
  });

  it('when Frankfurter is down, conversion goes on with the built-in table and says so', async () => {
    server.script(
      'GET',
      '/latest',
      ...Array.from({ length: DEFAULT_RETRY_POLICY.attempts }, () => ({ status: 503, body: 'down' })),
    );
    const converted = await toQuoteCurrency({ amount: 100, currency: 'GBP' }, withBuiltinFallback(build()));
    expect(converted.amount).toBe(127);
    expect(converted.quoted.rateSource).toBe(`${BUILTIN_RATE_SOURCE}; ecb failed: unavailable`);
    expect(converted.quoted.rateDate).toBeNull();
  });

  it('after an outage the table is used for a while without asking again, then Frankfurter is asked again', async () => {
    let clock = 0;
    const rates = withBuiltinFallback(build(), undefined, { holdMs: 60_000, now: () => clock });
    server.script(
      'GET',
      '/latest',
      ...Array.from({ length: DEFAULT_RETRY_POLICY.attempts }, () => ({ status: 503, body: 'down' })),
    );
    expect((await rates.rateToQuote('GBP')).rate).toBe(1.27);
    const asked = server.requests.length;
    expect((await rates.rateToQuote('EUR')).source).toBe(`${BUILTIN_RATE_SOURCE}; ecb failed: unavailable`);
    expect(server.requests).toHaveLength(asked);
    clock += 60_001;
    expect(await rates.rateToQuote('EUR')).toEqual({
      rate: 1.25,
      source: ECB_RATE_SOURCE,
      date: FAKE_RATE_DATE,
    });
    expect(server.requests).toHaveLength(asked + 1);
  });

  it('a malformed answer is not a rate', async () => {
    server.script('GET', '/latest', { body: { amount: 1, base: 'USD', date: 'today', rates: {} } });
    const error = await build()
      .rateToQuote('EUR')
      .catch((e: unknown) => e);
    expect(isSourceError(error) && error.code).toBe('malformed-response');
  });

  it('FX=builtin: the fixed table, undated, and a clear error for a currency it lacks', async () => {
    expect(await createBuiltinRates().rateToQuote('EUR')).toEqual({
      rate: 1.08,
      source: BUILTIN_RATE_SOURCE,
      date: null,
    });
    const error = await createBuiltinRates()
      .rateToQuote('KZT')
      .catch((e: unknown) => e);
    expect(isSourceError(error) && error.message).toContain('no built-in rate for KZT');
  });
});
