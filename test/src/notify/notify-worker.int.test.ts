import { QueueEvents } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullPrefix, closeQueues, createQueues, enqueue, type Queues } from '../../../src/jobs/queues.js';
import { enqueueNotification, type Notification } from '../../../src/notify/enqueue-notification.js';
import { createNotifyWorker, type NotifyWorker } from '../../../src/notify/notify.worker.js';
import { createNotifyStores, type NotifyStores } from '../../../src/notify/notify-stores.js';
import { WEBHOOK_EVENTS } from '../../../src/notify/webhook.schema.js';
import { verifyWebhookSignature } from '../../../src/notify/webhook-signature.js';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { newTripId } from '../../../src/trips/trip-ids.js';
import { testRedisClient, uniquePrefix } from '../../support/redis.js';
import { type ReceiverReply, startReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

const TIMEOUT_MS = 2000;

describe('notify worker against a loopback receiver', () => {
  let redis: RedisClient;
  let eventsConnection: RedisClient;
  let prefix: string;
  let queues: Queues;
  let stores: NotifyStores;
  let worker: NotifyWorker;
  let queueEvents: QueueEvents;
  const receivers: WebhookReceiver[] = [];
  let tenantCount = 0;

  beforeAll(async () => {
    // BullMQ's workers and QueueEvents need maxRetriesPerRequest: null.
    redis = testRedisClient({ maxRetriesPerRequest: null });
    eventsConnection = testRedisClient({ maxRetriesPerRequest: null });
    prefix = uniquePrefix('notify');
    queues = createQueues(redis, prefix);
    stores = createNotifyStores(redis, prefix);
    // Small delays keep retries fast; the cap still leaves room for a 1 s Retry-After.
    worker = await createNotifyWorker({
      connection: redis,
      prefix,
      ...stores,
      logger: pino({ level: 'silent' }),
      timeoutMs: TIMEOUT_MS,
      backoffDelayMs: 10,
      maxBackoffMs: 1500,
      // The receivers are on loopback, which the egress policy refuses unless a deployment opts in.
      egress: { allowPrivate: true },
    });
    queueEvents = new QueueEvents('notify', { connection: eventsConnection, prefix: bullPrefix(prefix) });
    await queueEvents.waitUntilReady();
  });

  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()));
    await worker.close();
    await queueEvents.close();
    await closeQueues(queues);
    eventsConnection.disconnect();
    await redis.quit();
  });

  /** A tenant of its own with a webhook pointing at a fresh receiver that answers `replies`. */
  async function tenantWithReceiver(replies: ReceiverReply[] = []) {
    const receiver = await startReceiver(replies);
    receivers.push(receiver);
    const tenantId = `tenant-${++tenantCount}`;
    const webhook = await stores.webhooks.put(tenantId, { url: receiver.url, events: [...WEBHOOK_EVENTS] });
    return { tenantId, receiver, webhook };
  }

  function notification(tenantId: string, overrides: Partial<Notification> = {}): Notification {
    const tripId = newTripId();
    return {
      tenantId,
      tripId,
      event: 'replanned',
      deliveryId: `${tripId}.v2.replanned`,
      data: { version: 2, sentence: 'Your flight moved to 09:40; the plan still fits.' },
      ...overrides,
    };
  }

  /** The job's outcome: its return value, or the error it failed with. */
  async function outcome(deliveryId: string): Promise<{ value?: unknown; error?: Error }> {
    const job = await queues.notify.getJob(deliveryId);
    if (!job) throw new Error(`no job ${deliveryId}`);
    return job.waitUntilFinished(queueEvents).then(
      (value: unknown) => ({ value }),
      (error: Error) => ({ error }),
    );
  }

  it('POSTs the event signed as Standard Webhooks specifies, with its delivery id; the receiver can verify it', async () => {
    const { tenantId, receiver, webhook } = await tenantWithReceiver();
    const event = notification(tenantId);
    expect(await enqueueNotification(queues.notify, event, stores)).toEqual({
      deliveryId: event.deliveryId,
      duplicate: false,
    });
    expect(await outcome(event.deliveryId)).toEqual({
      value: { status: 'delivered', attempt: 1, statusCode: 200 },
    });

    const [request] = receiver.requests;
    expect(receiver.requests).toHaveLength(1);
    expect(request?.method).toBe('POST');
    expect(request?.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': expect.stringMatching(/^trip-planner-webhooks\//),
      'webhook-id': event.deliveryId,
      'webhook-timestamp': expect.stringMatching(/^\d{10}$/),
      'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]{43}=$/),
    });
    expect(verifyWebhookSignature(webhook.secret, request?.headers ?? {}, request?.body ?? '')).toEqual({
      ok: true,
      id: event.deliveryId,
      timestamp: Number(request?.headers['webhook-timestamp']),
    });
    const delivery = await stores.deliveries.get(tenantId, event.deliveryId);
    expect(JSON.parse(request?.body ?? '')).toEqual({
      id: event.deliveryId,
      event: 'replanned',
      tripId: event.tripId,
      createdAt: delivery?.createdAt,
      data: event.data,
    });
    expect(delivery).toMatchObject({
      status: 'delivered',
      deliveredAt: delivery?.attempts[0]?.at,
      attempts: [{ statusCode: 200, error: null, durationMs: expect.any(Number) }],
    });
  });

  it('retries 500s with backoff: delivered on attempt 3, with three attempts in the history', async () => {
    const { tenantId, receiver, webhook } = await tenantWithReceiver([500, 500, 200]);
    const event = notification(tenantId, { event: 'needs_attention', data: { reason: 'hotel sold out' } });
    await enqueueNotification(queues.notify, event, stores);
    expect(await outcome(event.deliveryId)).toEqual({
      value: { status: 'delivered', attempt: 3, statusCode: 200 },
    });
    expect(receiver.requests).toHaveLength(3);
    // Every attempt carries the same id and body, each signed afresh.
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1);
    for (const r of receiver.requests) {
      expect(r.headers['webhook-id']).toBe(event.deliveryId);
      expect(verifyWebhookSignature(webhook.secret, r.headers, r.body).ok).toBe(true);
    }
    const delivery = await stores.deliveries.get(tenantId, event.deliveryId);
    expect(delivery?.status).toBe('delivered');
    expect(delivery?.attempts.map((a) => [a.statusCode, a.error])).toEqual([
      [500, 'HTTP 500'],
      [500, 'HTTP 500'],
      [200, null],
    ]);
  });

  it('a 400 fails the delivery at once, without retrying', async () => {
    const { tenantId, receiver } = await tenantWithReceiver([400]);
    const event = notification(tenantId);
    await enqueueNotification(queues.notify, event, stores);
    const { error } = await outcome(event.deliveryId);
    expect(error?.message).toMatch(/HTTP 400: the receiver refused the delivery; not retried/);
    expect(receiver.requests).toHaveLength(1);
    expect((await queues.notify.getJob(event.deliveryId))?.attemptsMade).toBe(1);
    const delivery = await stores.deliveries.get(tenantId, event.deliveryId);
    expect(delivery).toMatchObject({ status: 'failed', deliveredAt: null, attempts: [{ statusCode: 400 }] });
  });

  it('a 410 Gone fails the delivery and disables the webhook; later events are not queued', async () => {
    const { tenantId, receiver } = await tenantWithReceiver([410]);
    const event = notification(tenantId);
    await enqueueNotification(queues.notify, event, stores);
    expect((await outcome(event.deliveryId)).error?.message).toMatch(/HTTP 410: the webhook is disabled/);
    expect(receiver.requests).toHaveLength(1);
    expect(await stores.webhooks.get(tenantId)).toMatchObject({
      disabledAt: expect.any(String),
      disabledReason: `${receiver.url} answered 410 Gone`,
    });
    expect(await enqueueNotification(queues.notify, notification(tenantId), stores)).toBeNull();
  });

  it('a receiver that does not answer within the timeout is retried', async () => {
    const { tenantId, receiver } = await tenantWithReceiver(['hang', 200]);
    const event = notification(tenantId);
    await enqueueNotification(queues.notify, event, stores);
    expect(await outcome(event.deliveryId)).toMatchObject({ value: { status: 'delivered', attempt: 2 } });
    const delivery = await stores.deliveries.get(tenantId, event.deliveryId);
    expect(delivery?.attempts).toMatchObject([
      { statusCode: null, error: `no response within ${TIMEOUT_MS} ms` },
      { statusCode: 200, error: null },
    ]);
    expect(delivery?.attempts[0]?.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(receiver.requests).toHaveLength(2);
  });

  it('a 429 is retried no sooner than its Retry-After', async () => {
    const { tenantId, receiver } = await tenantWithReceiver([
      { status: 429, headers: { 'retry-after': '1' } },
    ]);
    const event = notification(tenantId);
    await enqueueNotification(queues.notify, event, stores);
    expect(await outcome(event.deliveryId)).toMatchObject({ value: { status: 'delivered', attempt: 2 } });
    const [first, second] = receiver.requests;
    // The backoff alone would retry after ~10 ms.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('an unreachable receiver is retried until the last attempt, then the delivery is failed', async () => {
    const { tenantId, receiver } = await tenantWithReceiver();
    await receiver.close();
    receivers.splice(receivers.indexOf(receiver), 1);
    const event = notification(tenantId);
    // Three attempts instead of the catalog's eight keep the test short.
    await queues.notify.add('notify', event, { jobId: event.deliveryId, attempts: 3 });
    expect((await outcome(event.deliveryId)).error?.message).toMatch(/request failed: ECONNREFUSED/);
    const delivery = await stores.deliveries.get(tenantId, event.deliveryId);
    expect(delivery?.status).toBe('failed');
    expect(delivery?.attempts.map((a) => a.error)).toEqual(Array(3).fill('request failed: ECONNREFUSED'));
  });

  it('the same delivery id enqueued twice is POSTed once', async () => {
    const { tenantId, receiver } = await tenantWithReceiver();
    const event = notification(tenantId);
    const [first, second] = await Promise.all([
      enqueueNotification(queues.notify, event, stores),
      enqueueNotification(queues.notify, event, stores),
    ]);
    expect([first?.duplicate, second?.duplicate].sort()).toEqual([false, true]);
    await outcome(event.deliveryId);
    // Once delivered, the same id queues nothing, even after BullMQ has forgotten the job.
    await queues.notify.remove(event.deliveryId);
    expect(await enqueueNotification(queues.notify, event, stores)).toEqual({
      deliveryId: event.deliveryId,
      duplicate: true,
    });
    expect(await queues.notify.getJob(event.deliveryId)).toBeUndefined();
    expect(await queues.notify.getJobCounts('waiting', 'active', 'delayed')).toMatchObject({
      waiting: 0,
      active: 0,
      delayed: 0,
    });
    expect(receiver.requests).toHaveLength(1);
    expect((await stores.deliveries.list(tenantId, 10)).map((d) => d.deliveryId)).toEqual([event.deliveryId]);
  });

  it('enqueues nothing when the tenant has no webhook or does not subscribe to the event', async () => {
    expect(
      await enqueueNotification(queues.notify, notification('tenant-without-webhook'), stores),
    ).toBeNull();
    const { tenantId } = await tenantWithReceiver();
    await stores.webhooks.put(tenantId, { url: 'https://example.com/hooks', events: ['watch_ended'] });
    const event = notification(tenantId, { event: 'replanned' });
    expect(await enqueueNotification(queues.notify, event, stores)).toBeNull();
    expect(await queues.notify.getJob(event.deliveryId)).toBeUndefined();
    expect(await stores.deliveries.list(tenantId, 10)).toEqual([]);
  });

  it('a webhook removed after the event was queued fails the delivery, saying why', async () => {
    const event = notification('tenant-removed-webhook');
    await enqueue(queues, 'notify', event, event.deliveryId);
    expect((await outcome(event.deliveryId)).error?.message).toMatch(/no webhook configured/);
    expect(await stores.deliveries.get(event.tenantId, event.deliveryId)).toMatchObject({
      status: 'failed',
      attempts: [{ statusCode: null, error: expect.stringMatching(/^no webhook configured/) }],
    });
  });
});
