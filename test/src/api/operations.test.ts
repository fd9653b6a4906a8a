import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, bearer, postJson, SAMPLE_REQUEST, startApi } from './support/api-harness.js';
import { SseReader } from './support/sse-reader.js';

const ADMIN_KEY = 'admin-secret-for-tests';
let api: ApiHarness;

beforeAll(async () => {
  api = await startApi({ adminKey: ADMIN_KEY });
});
afterAll(() => api.close());

describe('health and metrics', () => {
  it('/healthz and /readyz answer 200 with a reachable Redis', async () => {
    expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${api.url}/readyz`)).json()).toEqual({ status: 'ok' });
  });

  it('/metrics has queue depth gauges per queue and state, HTTP counters by route, and process metrics', async () => {
    const { auth } = await api.keyFor('acme');
    await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, auth);
    await fetch(`${api.url}/v1/trips/trp_000000000000000000000000`, { headers: auth });
    const response = await fetch(`${api.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^bullmq_queue_jobs\{queue="plan",state="waiting"\} 1$/m);
    for (const queue of ['plan', 'replan', 'notify']) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect(text).toContain(`bullmq_queue_jobs{queue="${queue}",state="${state}"}`);
      }
    }
    expect(text).toMatch(/^bullmq_queue_depth_up 1$/m);
    expect(text).toMatch(/^http_requests_total\{method="POST",route="\/v1\/trips",status_code="202"\} 1$/m);
    expect(text).toMatch(
      /^http_requests_total\{method="GET",route="\/v1\/trips\/:id",status_code="404"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{le="0.005",method="POST",route="\/v1\/trips"/m,
    );
    expect(text).toMatch(/^process_resident_memory_bytes /m);
  });
});

describe('OpenAPI', () => {
  it('/docs/json is an OpenAPI 3 document listing every route with its schemas and security', async () => {
    const doc = (await (await fetch(`${api.url}/docs/json`)).json()) as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<
        string,
        Record<string, { security?: unknown[]; requestBody?: unknown; responses: object }>
      >;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBeTruthy();
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/healthz',
      '/metrics',
      '/readyz',
      '/v1/trips',
      '/v1/trips/{id}',
      '/v1/trips/{id}/calendar.ics',
      '/v1/trips/{id}/cancel',
      '/v1/trips/{id}/events',
      '/v1/trips/{id}/places',
      '/v1/trips/{id}/resume',
      '/v1/trips/{id}/versions',
      '/v1/trips/{id}/versions/{v}',
      '/v1/trips/{id}/versions/{v}/diff',
      '/v1/trips/{id}/watch',
      '/v1/trips/{id}/watch/check',
      '/v1/webhook',
      '/v1/webhook/deliveries',
      '/v1/webhook/rotate-secret',
    ]);
    expect(Object.keys(doc.paths['/v1/trips'] ?? {}).sort()).toEqual(['get', 'post']);
    const submit = doc.paths['/v1/trips']?.post;
    expect(submit?.security).toEqual([{ apiKey: [] }]);
    expect(JSON.stringify(submit?.requestBody)).toContain('"additionalProperties":false');
    expect(Object.keys(submit?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '202', '400', '401', '429']),
    );
    expect(JSON.stringify(doc.paths['/v1/trips/{id}/events']?.get?.responses)).toContain('text/event-stream');
    expect(doc.components.securitySchemes).toHaveProperty('apiKey');
  });

  it('/docs serves the Swagger UI', async () => {
    const response = await fetch(`${api.url}/docs/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/swagger/i);
  });
});

describe('/admin/queues (Bull Board)', () => {
  it('needs the admin key: 401 with a Basic challenge a browser can answer', async () => {
    const response = await fetch(`${api.url}/admin/queues`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect((await fetch(`${api.url}/admin/queues`, { headers: bearer('wrong') })).status).toBe(401);
    // A tenant's API key is not an admin key.
    const { key } = await api.keyFor('acme');
    expect((await fetch(`${api.url}/admin/queues`, { headers: bearer(key) })).status).toBe(401);
  });

  it('opens with the key as a Bearer token or as the Basic password, and lists the three queues', async () => {
    const page = await fetch(`${api.url}/admin/queues`, { headers: bearer(ADMIN_KEY) });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const basic = { authorization: `Basic ${Buffer.from(`ops:${ADMIN_KEY}`).toString('base64')}` };
    const queues = await fetch(`${api.url}/admin/queues/api/queues`, { headers: basic });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['notify', 'plan', 'replan']);
  });

  it('does not exist without an admin key configured', async () => {
    const bare = await startApi();
    try {
      expect((await fetch(`${bare.url}/admin/queues`, { headers: bearer(ADMIN_KEY) })).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});

describe('shutdown', () => {
  it('app.close() ends open event streams instead of waiting for them', async () => {
    const own = await startApi();
    const { auth } = await own.keyFor('acme');
    const created = (await (await postJson(`${own.url}/v1/trips`, SAMPLE_REQUEST, auth)).json()) as {
      id: string;
    };
    const sse = await SseReader.open(`${own.url}/v1/trips/${created.id}/events`, auth);
    expect((await sse.nextEvent())?.event).toBe('status');
    await own.close();
    expect(await sse.rest()).toEqual([]);
  });
});
