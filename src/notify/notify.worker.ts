import { type Job, type MinimalJob, UnrecoverableError, type Worker } from 'bullmq';
import type { Logger } from 'pino';
import { JOB_CATALOG, type JobPayload } from '../jobs/job-catalog.js';
import { createQueueWorker, isLastAttempt } from '../jobs/worker-setup.js';
import type { RedisClient } from '../runtime/redis-client.js';
import type { DeliveryStore } from './delivery-store.js';
import type { WebhookEgressPolicy } from './egress-policy.js';
import { postWebhook } from './post-webhook.js';
import {
  classifyStatus,
  parseRetryAfter,
  type ResponseVerdict,
  webhookBackoffDelay,
} from './retry-policy.js';
import type { DeliveryStatus, Webhook, WebhookEvent } from './webhook.schema.js';
import { isWebhookDeliveryError, WebhookDeliveryError } from './webhook-delivery-error.js';
import type { WebhookStore } from './webhook-store.js';

export interface NotifyWorkerOptions {
  /** A connection for BullMQ (maxRetriesPerRequest: null); the worker duplicates it as needed. */
  connection: RedisClient;
  prefix: string;
  webhooks: WebhookStore;
  deliveries: DeliveryStore;
  logger: Logger;
  /** Deliveries in flight at once; they mostly wait on receivers. Default 16. */
  concurrency?: number;
  /** Job lock; a crashed worker's deliveries are taken over after about this long. Default 30 s. */
  lockDurationMs?: number;
  /** How long one attempt waits for the receiver's answer. Default 10 000 ms. */
  timeoutMs?: number;
  /** Delay before the first retry (later ones grow ×4). Default: the job's backoff.delay (10 s). */
  backoffDelayMs?: number;
  /** Longest wait between attempts, Retry-After included. Default 6 h. */
  maxBackoffMs?: number;
  /** Default `trip-planner-webhooks/1.0`. */
  userAgent?: string;
  /**
   * Which addresses deliveries may reach, checked at every attempt. Default: public addresses only
   * (a loopback receiver needs `{ allowPrivate: true }`, as WEBHOOK_ALLOW_PRIVATE sets).
   */
  egress?: WebhookEgressPolicy;
}

export interface NotifyWorker {
  worker: Worker;
  /** Stops taking jobs and waits for the deliveries in flight (SIGTERM). */
  close(): Promise<void>;
}

export interface NotifyJobResult {
  status: DeliveryStatus;
  /** The attempt that delivered (1-based); absent when the delivery had already finished. */
  attempt?: number;
  statusCode?: number | null;
}

/** Why this webhook cannot take this event any more (it changed since the event was queued). */
function undeliverable(webhook: Webhook | null, event: WebhookEvent): string | null {
  if (!webhook) return 'no webhook configured (removed after the event was queued)';
  if (webhook.disabledAt) return `webhook disabled: ${webhook.disabledReason ?? 'unknown reason'}`;
  if (!webhook.events.includes(event)) return `webhook no longer subscribes to ${event}`;
  return null;
}

function baseDelayOf(job: MinimalJob | undefined): number {
  const backoff = job?.opts.backoff;
  if (typeof backoff === 'number') return backoff;
  return backoff?.delay ?? JOB_CATALOG.notify.options.backoff.delay;
}

/**
 * The `notify` queue's worker: POSTs each event to the tenant's webhook, signed as Standard
 * Webhooks specifies, and records every attempt in the delivery history. 2xx delivers; 410 Gone
 * disables the webhook; other 4xx (but 408 and 429) fail without retry; anything else retries
 * with the 'webhook' backoff, which honours Retry-After.
 */
export async function createNotifyWorker(options: NotifyWorkerOptions): Promise<NotifyWorker> {
  const { webhooks, deliveries, logger } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const userAgent = options.userAgent ?? 'trip-planner-webhooks/1.0';

  const processor = async (
    job: Job<JobPayload<'notify'>>,
    _token: string | undefined,
    signal?: AbortSignal,
  ): Promise<NotifyJobResult> => {
    const payload = JOB_CATALOG.notify.payload.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError(`invalid notify payload: ${payload.error.message}`);
    const { tenantId, tripId, event, deliveryId, data } = payload.data;
    // enqueueNotification wrote the record; a job queued any other way gets one now.
    const delivery = await deliveries.create({
      tenantId,
      deliveryId,
      event,
      tripId,
      createdAt: new Date(job.timestamp).toISOString(),
    });
    // A job run again after its outcome was recorded (a stalled worker) must not POST again.
    if (delivery.status !== 'pending') return { status: delivery.status };

    const webhook = await webhooks.get(tenantId);
    const reason = undeliverable(webhook, event);
    if (!webhook || reason) {
      const attempt = { at: new Date().toISOString(), statusCode: null, error: reason, durationMs: 0 };
      await deliveries.recordAttempt(tenantId, deliveryId, attempt, 'failed');
      throw new UnrecoverableError(reason ?? 'no webhook');
    }

    // The same bytes on every attempt: only the timestamp (and so the signature) changes.
    const body = JSON.stringify({ id: deliveryId, event, tripId, createdAt: delivery.createdAt, data });
    const result = await postWebhook({
      url: webhook.url,
      secret: webhook.secret,
      deliveryId,
      body,
      timeoutMs,
      userAgent,
      egress: options.egress,
      signal,
    });
    const { attempt } = result;
    const verdict: ResponseVerdict =
      result.failure === null
        ? 'delivered'
        : result.failure === 'refused'
          ? 'rejected'
          : result.failure === 'http-status' && attempt.statusCode !== null
            ? classifyStatus(attempt.statusCode)
            : 'retry';
    const final = verdict !== 'retry' || isLastAttempt(job);
    const status: DeliveryStatus = verdict === 'delivered' ? 'delivered' : final ? 'failed' : 'pending';
    await deliveries.recordAttempt(tenantId, deliveryId, attempt, status);

    const message = attempt.error ?? 'not delivered';
    switch (verdict) {
      case 'delivered':
        return { status, attempt: job.attemptsMade + 1, statusCode: attempt.statusCode };
      case 'gone': {
        const disabled = await webhooks.disable(tenantId, webhook, `${webhook.url} answered 410 Gone`);
        logger.warn({ tenantId, deliveryId, disabled }, 'webhook answered 410 Gone: disabled');
        throw new UnrecoverableError(`${message}: the webhook is disabled`);
      }
      case 'rejected':
        throw new UnrecoverableError(
          result.failure === 'refused'
            ? `${message}: the egress policy refused the delivery; not retried`
            : `${message}: the receiver refused the delivery; not retried`,
        );
      case 'retry':
        throw new WebhookDeliveryError(result.failure ?? 'http-status', message, {
          statusCode: attempt.statusCode,
          retryAfterMs: parseRetryAfter(result.retryAfter),
        });
    }
  };

  return createQueueWorker<'notify', NotifyJobResult>('notify', processor, {
    connection: options.connection,
    prefix: options.prefix,
    logger,
    concurrency: options.concurrency ?? 16,
    lockDurationMs: options.lockDurationMs,
    describeFailure: (job) => ({ attemptsMade: job?.attemptsMade }),
    failedMessage: 'webhook attempt failed',
    settings: {
      // The catalog's backoff type 'webhook' resolves here (see retry-policy.ts).
      backoffStrategy: (attemptsMade, _type, error, job) =>
        webhookBackoffDelay(attemptsMade, {
          baseMs: options.backoffDelayMs ?? baseDelayOf(job),
          maxMs: options.maxBackoffMs,
          retryAfterMs: isWebhookDeliveryError(error) ? error.retryAfterMs : null,
        }),
    },
  });
}
