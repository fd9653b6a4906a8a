import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './support/api-harness.js';

const LIMIT = 3;
let api: ApiHarness;

beforeAll(async () => {
  api = await startApi({ rateLimitPerMinute: LIMIT });
});
afterAll(() => api.close());

describe('per-tenant rate limit', () => {
  it(`the request after ${LIMIT} in a minute is 429 with Retry-After; another tenant is unaffected`, async () => {
    const a = await api.keyFor('busy');
    const b = await api.keyFor('quiet');
    // Two keys of one tenant share its budget: the limit is per tenant, not per key.
    const a2 = await api.keyFor('busy');
    const list = (auth: Record<string, string>) => fetch(`${api.url}/v1/trips`, { headers: auth });

    const allowed = [await list(a.auth), await list(a2.auth), await list(a.auth)];
    expect(allowed.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(allowed[2]?.headers.get('x-ratelimit-remaining')).toBe('0');

    const limited = await list(a2.auth);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await limited.json()).toMatchObject({
      statusCode: 429,
      code: 'rate_limited',
      message: `rate limit of 3 requests per minute exceeded; retry in ${retryAfter} s`,
    });

    expect((await list(b.auth)).status).toBe(200);
  });

  it('health, readiness and metrics are not rate limited', async () => {
    for (let i = 0; i < LIMIT + 2; i++) expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});
