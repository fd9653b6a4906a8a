import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueNotification } from '../../../src/notify/enqueue-notification.js';
import { createNotifyStores, type NotifyStores } from '../../../src/notify/notify-stores.js';
import { newTripId } from '../../../src/trips/trip-ids.js';
import { testRedisPort } from '../../support/redis.js';
import { fakeDns, PUBLIC_ADDRESS } from '../notify/support/fake-dns.js';
import { SSRF_DNS, ssrfTargets } from '../notify/support/ssrf-targets.js';
import { type ApiHarness, startApi } from './support/api-harness.js';

let api: ApiHarness;
let stores: NotifyStores;
// The receivers' names resolve through this, not the machine's DNS: tests decide what they point at.
const dns = fakeDns({ ...SSRF_DNS, 'hooks.example.com': [PUBLIC_ADDRESS] });

beforeAll(async () => {
  api = await startApi({ webhookEgress: { resolve: dns.resolve } });
  stores = createNotifyStores(api.redis, api.prefix);
});
afterAll(() => api.close());

const RECEIVER = 'https://hooks.example.com/trips';

function call(method: string, path: string, auth: Record<string, string>, body?: unknown) {
  return fetch(`${api.url}/v1${path}`, {
    method,
    headers: body === undefined ? auth : { ...auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('webhook settings API', () => {
  it('PUT sets the webhook and answers the secret once; GET never shows it', async () => {
    const { auth } = await api.keyFor('hooks-put');
    const put = await call('PUT', '/webhook', auth, { url: RECEIVER });
    expect(put.status).toBe(200);
    const created = await json(put);
    expect(created).toEqual({
      url: RECEIVER,
      events: ['replanned', 'needs_attention', 'watch_ended'],
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      createdAt: expect.any(String),
      disabledAt: null,
      disabledReason: null,
    });
    const got = await call('GET', '/webhook', auth);
    expect(got.status).toBe(200);
    const { secret: _secret, ...visible } = created;
    expect(await json(got)).toEqual(visible);
    // The worker signs with the stored secret, so it must be exactly the one answered.
    expect((await stores.webhooks.get('hooks-put'))?.secret).toBe(created.secret);
  });

  it('PUT with a subset of events subscribes to those only; a second PUT replaces the secret', async () => {
    const { auth } = await api.keyFor('hooks-events');
    const first = await json(await call('PUT', '/webhook', auth, { url: RECEIVER }));
    const second = await json(
      await call('PUT', '/webhook', auth, { url: `${RECEIVER}/v2`, events: ['watch_ended', 'watch_ended'] }),
    );
    expect(second).toMatchObject({ url: `${RECEIVER}/v2`, events: ['watch_ended'] });
    expect(second.secret).not.toBe(first.secret);
  });

  it('rotate-secret gives a new secret and keeps the rest', async () => {
    const { auth } = await api.keyFor('hooks-rotate');
    const created = await json(await call('PUT', '/webhook', auth, { url: RECEIVER, events: ['replanned'] }));
    const rotated = await call('POST', '/webhook/rotate-secret', auth);
    expect(rotated.status).toBe(200);
    const body = await json(rotated);
    expect(body).toMatchObject({ url: RECEIVER, events: ['replanned'], createdAt: created.createdAt });
    expect(body.secret).toMatch(/^whsec_/);
    expect(body.secret).not.toBe(created.secret);
    expect((await stores.webhooks.get('hooks-rotate'))?.secret).toBe(body.secret);
  });

  it('DELETE removes it; afterwards GET, DELETE and rotate-secret answer 404', async () => {
    const { auth } = await api.keyFor('hooks-delete');
    await call('PUT', '/webhook', auth, { url: RECEIVER });
    const deleted = await call('DELETE', '/webhook', auth);
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    for (const [method, path] of [
      ['GET', '/webhook'],
      ['DELETE', '/webhook'],
      ['POST', '/webhook/rotate-secret'],
    ] as const) {
      const response = await call(method, path, auth);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await json(response)).toMatchObject({
        code: 'not_found',
        message: 'no webhook configured: PUT /v1/webhook first',
      });
    }
  });

  it.each([
    ['not a url', 'url: must be an absolute URL like https://example.com/hooks/trips'],
    ['ftp://example.com/hooks', 'url: must use https (got ftp)'],
    ['http://example.com/hooks', 'url: must use https'],
    ['https://nowhere.example/hooks', 'url: refused: the host name does not resolve'],
    ['https://user:pass@example.com/hooks', 'url: must not contain credentials'],
  ])('a bad URL (%s) is a 400 that says what is wrong', async (url, message) => {
    const { auth } = await api.keyFor('hooks-bad-url');
    const response = await call('PUT', '/webhook', auth, { url });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.code).toBe('validation_failed');
    expect(body.message).toContain(message);
    expect(await stores.webhooks.get('hooks-bad-url')).toBeNull();
  });

  it('all 27 internal targets of the security review are refused with a 400 saying why', async () => {
    const { auth } = await api.keyFor('hooks-ssrf');
    // The test Redis itself is the first target: a webhook must never become a way to talk to it.
    const targets = ssrfTargets(testRedisPort());
    expect(targets).toHaveLength(27);
    const accepted: string[] = [];
    for (const url of targets) {
      const response = await call('PUT', '/webhook', auth, { url });
      const body = await json(response);
      if (response.status !== 400) accepted.push(`${url} → ${response.status}`);
      else expect(body.message, url).toMatch(/url: refused: /);
    }
    expect(accepted).toEqual([]);
    expect(await stores.webhooks.get('hooks-ssrf')).toBeNull();
  });

  it('unknown events, an empty event list and unknown fields are 400s', async () => {
    const { auth } = await api.keyFor('hooks-bad-body');
    const unknownEvent = await call('PUT', '/webhook', auth, { url: RECEIVER, events: ['plan_done'] });
    expect(unknownEvent.status).toBe(400);
    expect((await json(unknownEvent)).message).toMatch(/events\.0/);
    const empty = await call('PUT', '/webhook', auth, { url: RECEIVER, events: [] });
    expect((await json(empty)).message).toMatch(/subscribe to at least one event/);
    const unknownField = await call('PUT', '/webhook', auth, { url: RECEIVER, secret: 'mine' });
    expect(await json(unknownField)).toMatchObject({ statusCode: 400, code: 'unknown_fields' });
  });

  it('every webhook route needs an API key', async () => {
    expect((await call('GET', '/webhook', {})).status).toBe(401);
    expect((await call('PUT', '/webhook', {}, { url: RECEIVER })).status).toBe(401);
    expect((await call('GET', '/webhook/deliveries', {})).status).toBe(401);
  });
});

describe('private receivers', () => {
  it('a loopback receiver is refused by default and accepted only when the deployment allows private networks', async () => {
    const receiver = 'http://127.0.0.1:4000/hooks';
    const { auth } = await api.keyFor('hooks-loopback');
    const refused = await call('PUT', '/webhook', auth, { url: receiver });
    expect(refused.status).toBe(400);
    expect((await json(refused)).message).toContain('url: refused: a loopback address');

    const development = await startApi({ webhookEgress: { allowPrivate: true } });
    try {
      const { auth: devAuth } = await development.keyFor('hooks-loopback');
      const accepted = await fetch(`${development.url}/v1/webhook`, {
        method: 'PUT',
        headers: { ...devAuth, 'content-type': 'application/json' },
        body: JSON.stringify({ url: receiver }),
      });
      expect(accepted.status).toBe(200);
      // Even then, the metadata service stays out of reach.
      const metadata = await fetch(`${development.url}/v1/webhook`, {
        method: 'PUT',
        headers: { ...devAuth, 'content-type': 'application/json' },
        body: JSON.stringify({ url: 'http://169.254.169.254/latest/meta-data/' }),
      });
      expect(metadata.status).toBe(400);
    } finally {
      await development.close();
    }
  });
});

describe('delivery history API', () => {
  it('lists the tenant’s deliveries newest first, with their attempts', async () => {
    const { auth } = await api.keyFor('hooks-history');
    await call('PUT', '/webhook', auth, { url: RECEIVER });
    const tripId = newTripId();
    // Created in this order; ids that land in the same millisecond sort by id, which is the same order.
    const ids = [`${tripId}.v2.replanned`, `${tripId}.v3.replanned`, `${tripId}.watch_ended`];
    for (const [i, deliveryId] of ids.entries()) {
      const event = i === 2 ? 'watch_ended' : 'replanned';
      await enqueueNotification(
        api.queues.notify,
        { tenantId: 'hooks-history', tripId, event, deliveryId, data: { version: i + 2 } },
        stores,
      );
    }
    const attempt = { at: new Date().toISOString(), statusCode: 503, error: 'HTTP 503', durationMs: 12 };
    await stores.deliveries.recordAttempt('hooks-history', ids[0] ?? '', attempt, 'pending');

    const response = await call('GET', '/webhook/deliveries', auth);
    expect(response.status).toBe(200);
    const { deliveries } = (await response.json()) as { deliveries: Record<string, unknown>[] };
    expect(deliveries.map((d) => d.deliveryId)).toEqual([...ids].reverse());
    expect(deliveries[2]).toEqual({
      deliveryId: ids[0],
      event: 'replanned',
      tripId,
      status: 'pending',
      attempts: [attempt],
      createdAt: expect.any(String),
      deliveredAt: null,
    });
    expect(deliveries[0]).toMatchObject({ event: 'watch_ended', attempts: [] });

    const limited = (await json(await call('GET', '/webhook/deliveries?limit=1', auth))).deliveries;
    expect((limited as { deliveryId: string }[]).map((d) => d.deliveryId)).toEqual([ids[2]]);
    expect((await call('GET', '/webhook/deliveries?limit=0', auth)).status).toBe(400);
    expect((await call('GET', '/webhook/deliveries?limit=101', auth)).status).toBe(400);
  });

  it('one tenant never sees another’s deliveries', async () => {
    const { auth: authA } = await api.keyFor('hooks-iso-a');
    const { auth: authB } = await api.keyFor('hooks-iso-b');
    await call('PUT', '/webhook', authA, { url: RECEIVER });
    const tripId = newTripId();
    const notification = {
      tenantId: 'hooks-iso-a',
      tripId,
      event: 'replanned' as const,
      deliveryId: `${tripId}.v2.replanned`,
      data: {},
    };
    expect(await enqueueNotification(api.queues.notify, notification, stores)).not.toBeNull();
    const ofA = (await json(await call('GET', '/webhook/deliveries', authA))).deliveries;
    const ofB = (await json(await call('GET', '/webhook/deliveries', authB))).deliveries;
    expect((ofA as { deliveryId: string }[]).map((d) => d.deliveryId)).toEqual([notification.deliveryId]);
    expect(ofB).toEqual([]);
    expect(await stores.deliveries.get('hooks-iso-b', notification.deliveryId)).toBeNull();
  });

  it('the webhook routes are in the OpenAPI document', async () => {
    const spec = (await (await fetch(`${api.url}/docs/json`)).json()) as { paths: Record<string, object> };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/v1/webhook', '/v1/webhook/rotate-secret', '/v1/webhook/deliveries']),
    );
  });
});
