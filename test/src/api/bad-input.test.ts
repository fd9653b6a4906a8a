import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, bearer, postJson, SAMPLE_REQUEST, startApi } from './support/api-harness.js';

let api: ApiHarness;
let auth: Record<string, string>;
let tripId: string;

beforeAll(async () => {
  api = await startApi();
  ({ auth } = await api.keyFor('acme'));
  const created = await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, auth);
  tripId = ((await created.json()) as { id: string }).id;
});
afterAll(() => api.close());

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  issues?: { in: string; path: string; message: string }[];
  requestId: string;
}

async function expectError(response: Response, status: number, code: string, message: RegExp) {
  const body = (await response.json()) as ErrorBody;
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  expect(body.message).toMatch(message);
  expect(body.statusCode).toBe(status);
  expect(body.requestId).toBe(response.headers.get('x-request-id'));
  return body;
}

const raw = (path: string, init: RequestInit) => fetch(`${api.url}${path}`, init);

describe('request bodies', () => {
  it('malformed JSON → 400 malformed_json', async () => {
    const response = await raw('/v1/trips', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"text": "3 days in Paris",',
    });
    await expectError(response, 400, 'malformed_json', /not valid JSON/);
  });

  it('wrong types → 400 with each zod issue (path + message)', async () => {
    const response = await postJson(`${api.url}/v1/trips`, { text: 5, fields: { days: 'three' } }, auth);
    const body = await expectError(response, 400, 'validation_failed', /invalid body/);
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { in: 'body', path: 'text', message: expect.stringMatching(/expected string/) },
        { in: 'body', path: 'fields.days', message: expect.stringMatching(/whole number of days/) },
      ]),
    );
  });

  it('neither text nor fields → 400 with the schema’s own message', async () => {
    const body = await expectError(
      await postJson(`${api.url}/v1/trips`, {}, auth),
      400,
      'validation_failed',
      /./,
    );
    expect(body.issues?.[0]?.message).toBe('give the request as text, as fields, or both');
  });

  it('unknown fields → 400 naming them, at the top level and inside fields', async () => {
    const top = await postJson(`${api.url}/v1/trips`, { ...SAMPLE_REQUEST, colour: 'red' }, auth);
    await expectError(top, 400, 'unknown_fields', /unknown field\(s\) in body: colour$/);
    const nested = await postJson(`${api.url}/v1/trips`, { fields: { travelers: 2 } }, auth);
    await expectError(nested, 400, 'unknown_fields', /fields\.travelers/);
  });

  it('a body over 64 KiB → 413', async () => {
    const response = await postJson(`${api.url}/v1/trips`, { text: 'x'.repeat(70 * 1024) }, auth);
    await expectError(response, 413, 'payload_too_large', /too large/);
  });

  it('a body that is not JSON → 415', async () => {
    const response = await raw('/v1/trips', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: '3 days in Paris',
    });
    await expectError(response, 415, 'unsupported_media_type', /Unsupported Media Type/);
  });

  it('an empty JSON body → 400, not a crash', async () => {
    const response = await raw('/v1/trips', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '',
    });
    await expectError(response, 400, 'validation_failed', /expected object/);
  });

  it('a resume answer with unknown fields or nothing in it → 400', async () => {
    const empty = await postJson(`${api.url}/v1/trips/${tripId}/resume`, {}, auth);
    const body = await expectError(empty, 400, 'validation_failed', /./);
    expect(body.issues?.[0]?.message).toBe('answer with text or fields');
    const extra = await postJson(`${api.url}/v1/trips/${tripId}/resume`, { text: 'Paris', why: 1 }, auth);
    await expectError(extra, 400, 'unknown_fields', /why/);
  });

  it('a malformed Idempotency-Key → 400 naming the header', async () => {
    const response = await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, {
      ...auth,
      'idempotency-key': 'has spaces in it',
    });
    const body = await expectError(response, 400, 'validation_failed', /invalid headers/);
    expect(body.issues?.[0]).toMatchObject({ in: 'headers', path: 'idempotency-key' });
  });
});

/** Dates relative to the server's clock, which is the API's "today". */
function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('request bounds at submit: 400 naming the field, nothing queued', () => {
  const today = isoDaysFromToday(0);
  const base = { origin: 'Seattle', destination: { kind: 'city', city: 'Portland' }, days: 3 };

  async function refused(fields: Record<string, unknown>, path: string, message: string) {
    const before = (await (await fetch(`${api.url}/v1/trips?limit=100`, { headers: auth })).json()) as {
      trips: unknown[];
    };
    const response = await postJson(`${api.url}/v1/trips`, { fields: { ...base, ...fields } }, auth);
    const body = await expectError(response, 400, 'validation_failed', /./);
    expect(body.message).toBe(`invalid body (${path}: ${message})`);
    expect(body.issues?.[0]).toEqual({ in: 'body', path, message });
    const after = (await (await fetch(`${api.url}/v1/trips?limit=100`, { headers: auth })).json()) as {
      trips: unknown[];
    };
    expect(after.trips.length).toBe(before.trips.length);
  }

  it('a party of 0 or of 10,000 → 400 on fields.travellers, never planned for 1', async () => {
    await refused({ travellers: 0 }, 'fields.travellers', 'a trip needs at least 1 traveller, not 0 (1–20)');
    await refused(
      { travellers: 10_000 },
      'fields.travellers',
      'a party of 10,000 is more than we can plan (1–20)',
    );
  });

  it('a budget that is no finite positive amount (0, -5, 1e308, 400 digits) → 400 on fields.budget.amount', async () => {
    const path = 'fields.budget.amount';
    const upTo = 'the budget must be a positive amount up to 1,000,000,000, not';
    await refused({ budget: { amount: 0, currency: 'USD' } }, path, `${upTo} 0`);
    await refused({ budget: { amount: -5, currency: 'USD' } }, path, `${upTo} -5`);
    await refused({ budget: { amount: 1e308, currency: 'USD' } }, path, `${upTo} 1e+308`);
    // JSON.parse reads a 400-digit number as Infinity: refused as such, at once, not after retries.
    const response = await raw('/v1/trips', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: `{"fields": {"budget": {"amount": 1${'0'.repeat(400)}, "currency": "USD"}}}`,
    });
    const body = await expectError(response, 400, 'validation_failed', /./);
    expect(body.message).toBe(`invalid body (${path}: ${upTo} a number too large to read)`);
  });

  it('a start in the past (0001-01-01, 1999-05-03, yesterday) → 400 on fields.startDate', async () => {
    for (const startDate of ['0001-01-01', '1999-05-03', isoDaysFromToday(-1)]) {
      await refused(
        { startDate },
        'fields.startDate',
        `the trip starts on ${startDate}, which is in the past (today is ${today})`,
      );
    }
  });

  it('a start more than 2 years ahead (9999-12-29, today + 731 days) → 400; today + 730 is accepted', async () => {
    const latest = isoDaysFromToday(730);
    for (const startDate of ['9999-12-29', isoDaysFromToday(731)]) {
      await refused(
        { startDate },
        'fields.startDate',
        `the trip starts on ${startDate}, more than 2 years ahead (the latest start is ${latest})`,
      );
    }
    const ok = await postJson(`${api.url}/v1/trips`, { fields: { ...base, startDate: latest } }, auth);
    expect(ok.status).toBe(202);
  });

  it('the horizon is the deployment’s (REQUEST_HORIZON_DAYS): 30 days refuses today + 31', async () => {
    const short = await startApi({ requestHorizonDays: 30 });
    try {
      const key = await short.keyFor('acme');
      const startDate = isoDaysFromToday(31);
      const response = await postJson(`${short.url}/v1/trips`, { fields: { ...base, startDate } }, key.auth);
      const body = await expectError(response, 400, 'validation_failed', /./);
      expect(body.message).toBe(
        `invalid body (fields.startDate: the trip starts on ${startDate}, more than 30 days ahead (the latest start is ${isoDaysFromToday(30)}))`,
      );
    } finally {
      await short.close();
    }
  });

  it('a trip longer than 60 days, or of 0 days → 400 on fields.days', async () => {
    await refused({ days: 61 }, 'fields.days', 'a trip of 61 days is longer than we can plan (1–60)');
    await refused({ days: 0 }, 'fields.days', 'a trip lasts at least 1 day, not 0 (1–60)');
  });

  it('an open-jaw trip without the city it ends in → 400 on fields.returnTo', async () => {
    await refused(
      { tripType: 'open-jaw', returnTo: null },
      'fields.returnTo',
      'an open-jaw trip needs the city it ends in (returnTo)',
    );
  });
});

describe('ids, queries and routes', () => {
  it.each([
    ['GET', '/v1/trips/not-a-trip'],
    ['GET', '/v1/trips/trp_SHOUTING0000000000000000'],
    ['GET', '/v1/trips/not-a-trip/events'],
    ['POST', '/v1/trips/not-a-trip/cancel'],
  ])('%s %s → 400 naming the id', async (method, path) => {
    const body = await expectError(
      await raw(path, { method, headers: auth }),
      400,
      'validation_failed',
      /id/,
    );
    expect(body.issues?.[0]).toMatchObject({
      in: 'params',
      path: 'id',
      message: 'expected a trip id like trp_…',
    });
  });

  it('an unknown trip id → 404', async () => {
    const response = await raw('/v1/trips/trp_000000000000000000000000', { headers: auth });
    await expectError(response, 404, 'not_found', /^trip not found$/);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['after=x', ''],
  ])('GET /v1/trips?%s → 400', async (query, path) => {
    const response = await raw(`/v1/trips?${query}`, { headers: auth });
    const body = await expectError(
      response,
      400,
      query.startsWith('after') ? 'unknown_fields' : 'validation_failed',
      /querystring/,
    );
    expect(body.issues?.[0]?.path).toBe(path);
  });

  it('a cursor that was not issued by the API → 400', async () => {
    const response = await raw('/v1/trips?cursor=bm90LWEtY3Vyc29y', { headers: auth });
    await expectError(response, 400, 'bad_request', /invalid cursor/);
  });

  it('a bad Last-Event-ID → 400', async () => {
    const response = await raw(`/v1/trips/${tripId}/events`, {
      headers: { ...auth, 'last-event-id': 'yesterday' },
    });
    await expectError(response, 400, 'validation_failed', /last-event-id/);
  });

  it('an unknown route → 404 (JSON, like every error)', async () => {
    await expectError(
      await raw('/v2/trips', { headers: auth }),
      404,
      'not_found',
      /no route GET \/v2\/trips/,
    );
  });
});

describe('API keys', () => {
  it('no Authorization header → 401 saying how to send the key', async () => {
    const response = await raw('/v1/trips', { headers: {} });
    await expectError(response, 401, 'unauthorized', /missing API key: send Authorization: Bearer <api key>/);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['tpk_abc']])(
    'Authorization "%s" → 401 malformed',
    async (value) => {
      const response = await raw('/v1/trips', { headers: { authorization: value } });
      await expectError(response, 401, 'unauthorized', /malformed Authorization header/);
    },
  );

  it('an unknown key → 401 unknown API key', async () => {
    const response = await raw('/v1/trips', { headers: bearer(`tpk_${'A'.repeat(43)}`) });
    await expectError(response, 401, 'unauthorized', /^unknown API key$/);
    expect(response.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  it('a revoked key → 401 revoked, on reads and writes alike', async () => {
    const { key } = await api.keyFor('acme');
    expect((await raw('/v1/trips', { headers: bearer(key) })).status).toBe(200);
    await api.apiKeys.revoke(key);
    await expectError(await raw('/v1/trips', { headers: bearer(key) }), 401, 'unauthorized', /revoked/);
    const post = await postJson(`${api.url}/v1/trips`, SAMPLE_REQUEST, bearer(key));
    await expectError(post, 401, 'unauthorized', /revoked/);
  });

  it('authentication comes before validation: a bad body without a key is 401, not 400', async () => {
    const response = await postJson(`${api.url}/v1/trips`, { colour: 'red' });
    expect(response.status).toBe(401);
  });
});

describe('pure validation via inject', () => {
  it('keeps a caller’s X-Request-Id and echoes it', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/v1/trips',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['x-request-id']).toBe('abc-123');
    expect(response.json()).toMatchObject({ requestId: 'abc-123' });
  });
});
