import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetricsServer } from '../../../src/api/metrics-server.js';
import { loadConfig } from '../../../src/config.js';
import { type ApiHarness, bearer, startApi } from './support/api-harness.js';

const ADMIN_KEY = 'admin-secret-for-access-tests';
const basic = (password: string) => ({
  authorization: `Basic ${Buffer.from(`ops:${password}`).toString('base64')}`,
});

describe('what a deployment exposes by default', () => {
  it('config: /metrics needs the admin key, /docs is off, webhooks stay public, a bad-key budget per address', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      METRICS_ACCESS: 'admin',
      DOCS_ENABLED: false,
      WEBHOOK_ALLOW_PRIVATE: false,
      RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: 60,
      SSE_MAX_STREAMS_PER_TENANT: 20,
    });
    expect(config.METRICS_PORT).toBeUndefined();
    expect(loadConfig({ DOCS_ENABLED: 'true', WEBHOOK_ALLOW_PRIVATE: 'true' })).toMatchObject({
      DOCS_ENABLED: true,
      WEBHOOK_ALLOW_PRIVATE: true,
    });
  });
});

describe('/metrics behind the admin key, /docs off', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ adminKey: ADMIN_KEY, metricsAccess: 'admin', docsEnabled: false });
  });
  afterAll(() => api.close());

  it('/metrics answers 401 without the key or with a tenant key, and the metrics with it', async () => {
    const { auth } = await api.keyFor('nosy');
    for (const headers of [{}, auth, bearer('wrong'), basic('wrong')]) {
      const response = await fetch(`${api.url}/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain('bullmq_queue_jobs');
    }
    for (const headers of [bearer(ADMIN_KEY), basic(ADMIN_KEY)]) {
      const response = await fetch(`${api.url}/metrics`, { headers });
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/^bullmq_queue_depth_up 1$/m);
    }
  });

  it('/docs and /docs/json are not there', async () => {
    for (const path of ['/docs', '/docs/json', '/docs/static/index.html']) {
      expect((await fetch(`${api.url}${path}`)).status, path).toBe(404);
    }
  });
});

describe('/metrics elsewhere', () => {
  it("'admin' without an admin key, or 'off', leaves /metrics off the API port", async () => {
    for (const overrides of [
      { metricsAccess: 'admin' as const },
      { metricsAccess: 'off' as const, adminKey: ADMIN_KEY },
    ]) {
      const api = await startApi(overrides);
      try {
        expect((await fetch(`${api.url}/metrics`, { headers: bearer(ADMIN_KEY) })).status).toBe(404);
      } finally {
        await api.close();
      }
    }
  });

  it('a metrics listener of its own serves the API registry, and nothing else', async () => {
    const metrics = new Registry();
    const api = await startApi({ metricsAccess: 'off', metrics });
    const server = await startMetricsServer(metrics, '127.0.0.1', 0);
    try {
      const address = server.address();
      if (typeof address !== 'object' || address === null) throw new Error('no port');
      const base = `http://127.0.0.1:${address.port}`;
      await fetch(`${api.url}/healthz`);
      const scraped = await fetch(`${base}/metrics`);
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toMatch(
        /^http_requests_total\{method="GET",route="\/healthz",status_code="200"\} 1$/m,
      );
      expect((await fetch(`${base}/v1/trips`)).status).toBe(404);
    } finally {
      server.close();
      await api.close();
    }
  });
});

describe('requests that fail the key check, limited by client address', () => {
  const LIMIT = 5;
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ unauthenticatedPerMinute: LIMIT });
  });
  afterAll(() => api.close());

  it(`after ${LIMIT} bad keys an address gets 429 with Retry-After, and its keys are no longer looked up`, async () => {
    let lookups = 0;
    const check = api.apiKeys.check.bind(api.apiKeys);
    api.apiKeys.check = async (token) => {
      lookups++;
      return check(token);
    };
    const { key } = await api.keyFor('honest');
    // A valid key does not use up the budget, even many times over.
    for (let i = 0; i < LIMIT * 2; i++)
      expect((await fetch(`${api.url}/v1/trips`, { headers: bearer(key) })).status).toBe(200);

    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 20; i++) {
      statuses.push((await fetch(`${api.url}/v1/trips`, { headers: bearer(`tpk_guess${i}`) })).status);
    }
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(401));
    expect(new Set(statuses.slice(LIMIT))).toEqual(new Set([429]));
    expect(lookups).toBe(LIMIT * 2 + LIMIT);

    const limited = await fetch(`${api.url}/v1/trips`, { headers: bearer('tpk_another') });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'rate_limited' });
    // Health stays reachable: the limit covers /v1 only.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});
