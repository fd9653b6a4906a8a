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
        { in: 'body', path: 'fields.days', message: expect.stringMatching(/expected number/) },
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
