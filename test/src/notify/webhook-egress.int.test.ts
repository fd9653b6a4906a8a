import { QueueEvents } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullPrefix } from '../../../src/jobs/queues.js';
import { enqueueNotification } from '../../../src/notify/enqueue-notification.js';
import { createNotifyWorker, type NotifyWorker } from '../../../src/notify/notify.worker.js';
import { createNotifyStores, type NotifyStores } from '../../../src/notify/notify-stores.js';
import { postWebhook } from '../../../src/notify/post-webhook.js';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { newTripId } from '../../../src/trips/trip-ids.js';
import { testRedisClient } from '../../support/redis.js';
import { type ApiHarness, startApi } from '../api/support/api-harness.js';
import { fakeDns, PUBLIC_ADDRESS } from './support/fake-dns.js';
import { startReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const receivers: WebhookReceiver[] = [];

async function receiver(replies: Parameters<typeof startReceiver>[0] = []) {
  const started = await startReceiver(replies);
  receivers.push(started);
  return started;
}

const post = (url: string, egress: Parameters<typeof postWebhook>[0]['egress']) =>
  postWebhook({
    url,
    secret: SECRET,
    deliveryId: 'dlv_test',
    body: '{"id":"dlv_test"}',
    timeoutMs: 2000,
    userAgent: 'test',
    egress,
  });

afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

describe('postWebhook under the egress policy', () => {
  it('refuses a loopback receiver by default, without sending it anything', async () => {
    const target = await receiver();
    const result = await post(target.url, {});
    expect(result).toMatchObject({
      failure: 'refused',
      attempt: { statusCode: null, error: 'refused: a loopback address' },
    });
    expect(target.requests).toHaveLength(0);
  });

  it('connects to the address it checked, once resolved, keeping the name in Host', async () => {
    const target = await receiver();
    const port = new URL(target.url).port;
    const dns = fakeDns({ 'receiver.test': ['127.0.0.1'] });
    const result = await post(`http://receiver.test:${port}/hooks`, {
      allowPrivate: true,
      resolve: dns.resolve,
    });
    expect(result).toMatchObject({ failure: null, attempt: { statusCode: 200, error: null } });
    expect(target.requests[0]?.headers.host).toBe(`receiver.test:${port}`);
    // One lookup, the one checked: the connection did not resolve the name again.
    expect(dns.lookups.get('receiver.test')).toBe(1);
  });

  it('a name that resolves to loopback is refused at delivery; with one private address among public ones too', async () => {
    const target = await receiver();
    const port = new URL(target.url).port;
    const dns = fakeDns({ 'sneaky.test': ['127.0.0.1'], 'mixed.test': [PUBLIC_ADDRESS, '127.0.0.1'] });
    for (const name of ['sneaky.test', 'mixed.test']) {
      const result = await post(`http://${name}:${port}/hooks`, { resolve: dns.resolve });
      expect(result).toMatchObject({
        failure: 'refused',
        attempt: { statusCode: null, error: 'refused: resolves to a loopback address' },
      });
    }
    expect(target.requests).toHaveLength(0);
  });

  it('a resolver that never answers costs the attempt its timeout, no more', async () => {
    const hanging = () => new Promise<never>(() => {});
    const result = await postWebhook({
      url: 'https://slow-dns.test/hooks',
      secret: SECRET,
      deliveryId: 'dlv_test',
      body: '{}',
      timeoutMs: 50,
      userAgent: 'test',
      egress: { resolve: hanging },
    });
    expect(result).toMatchObject({
      failure: 'timeout',
      attempt: { statusCode: null, error: 'no response within 50 ms' },
    });
  });

  it('does not follow a redirect (to anywhere), and records only the status', async () => {
    const elsewhere = await receiver();
    const target = await receiver([{ status: 307, headers: { location: elsewhere.url } }]);
    const result = await post(target.url, { allowPrivate: true });
    expect(result.attempt).toMatchObject({ statusCode: 307, error: 'HTTP 307' });
    expect(target.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe('a webhook whose name is rebound to loopback after PUT', () => {
  let api: ApiHarness;
  let bull: RedisClient;
  let events: RedisClient;
  let stores: NotifyStores;
  let worker: NotifyWorker;
  let queueEvents: QueueEvents;
  const dns = fakeDns({ 'hooks.rebind.test': [PUBLIC_ADDRESS] });

  beforeAll(async () => {
    api = await startApi({ webhookEgress: { resolve: dns.resolve } });
    bull = testRedisClient({ maxRetriesPerRequest: null });
    events = testRedisClient({ maxRetriesPerRequest: null });
    stores = createNotifyStores(api.redis, api.prefix);
    worker = await createNotifyWorker({
      connection: bull,
      prefix: api.prefix,
      ...stores,
      logger: pino({ level: 'silent' }),
      egress: { resolve: dns.resolve },
    });
    queueEvents = new QueueEvents('notify', { connection: events, prefix: bullPrefix(api.prefix) });
    await queueEvents.waitUntilReady();
  });
  afterAll(async () => {
    await worker.close();
    await queueEvents.close();
    events.disconnect();
    await bull.quit();
    await api.close();
  });

  it('is accepted while it resolves publicly, then each delivery is refused and says so, without retrying', async () => {
    const { auth } = await api.keyFor('rebind');
    const put = await fetch(`${api.url}/v1/webhook`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://hooks.rebind.test/trips' }),
    });
    expect(put.status).toBe(200);

    dns.set('hooks.rebind.test', '127.0.0.1');
    const tripId = newTripId();
    const deliveryId = `${tripId}.v2.replanned`;
    await enqueueNotification(
      api.queues.notify,
      { tenantId: 'rebind', tripId, event: 'replanned', deliveryId, data: {} },
      stores,
    );
    const job = await api.queues.notify.getJob(deliveryId);
    const error = await job?.waitUntilFinished(queueEvents).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toBe(
      'refused: resolves to a loopback address: the egress policy refused the delivery; not retried',
    );
    const history = await fetch(`${api.url}/v1/webhook/deliveries`, { headers: auth });
    const { deliveries } = (await history.json()) as { deliveries: Record<string, unknown>[] };
    expect(deliveries[0]).toMatchObject({
      deliveryId,
      status: 'failed',
      attempts: [
        {
          statusCode: null,
          error: 'refused: resolves to a loopback address',
          durationMs: expect.any(Number),
        },
      ],
    });
    expect((await api.queues.notify.getJob(deliveryId))?.attemptsMade).toBe(1);
  });
});
