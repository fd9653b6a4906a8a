import { JOB_CATALOG, type JobPayload } from '../jobs/job-catalog.js';
import type { TypedQueue } from '../jobs/queues.js';
import type { NotifyStores } from './notify-stores.js';

export type Notification = JobPayload<'notify'>;

export interface EnqueuedNotification {
  deliveryId: string;
  /** True when this delivery id was enqueued before: nothing new was queued. */
  duplicate: boolean;
}

/**
 * Queues one event for the tenant's webhook, once per delivery id: the id is the job id, and the
 * delivery record (kept 30 days, longer than BullMQ keeps jobs) remembers it after the job is gone.
 * Returns null, queueing nothing, when the tenant has no webhook, it is disabled, or it does not
 * subscribe to the event. The worker re-checks all three when it delivers.
 */
export async function enqueueNotification(
  queue: TypedQueue<'notify'>,
  notification: Notification,
  stores: NotifyStores,
): Promise<EnqueuedNotification | null> {
  const payload = JOB_CATALOG.notify.payload.parse(notification);
  const webhook = await stores.webhooks.get(payload.tenantId);
  if (!webhook || webhook.disabledAt || !webhook.events.includes(payload.event)) return null;
  const { created, status } = await stores.deliveries.create({
    tenantId: payload.tenantId,
    deliveryId: payload.deliveryId,
    event: payload.event,
    tripId: payload.tripId,
    createdAt: new Date().toISOString(),
  });
  // A pending delivery is (re-)added: if an earlier add failed after the record was written, this
  // one queues it; if the job exists, BullMQ ignores a second job with the same id.
  if (status === 'pending') {
    await queue.add('notify', payload, { jobId: payload.deliveryId });
  }
  return { deliveryId: payload.deliveryId, duplicate: !created };
}
