import type { RedisClient } from '../runtime/redis-client.js';

/**
 * Cancellation across processes: BullMQ's worker.cancelJob only reaches jobs inside the calling
 * process, so the API publishes the trip id and every worker cancels it if it holds the job.
 */
export function cancelChannel(prefix: string): string {
  return `${prefix}cancel`;
}

export async function publishCancel(redis: RedisClient, prefix: string, tripId: string): Promise<void> {
  await redis.publish(cancelChannel(prefix), tripId);
}

/** Subscribes on a dedicated connection (a subscribed connection can do nothing else). */
export async function subscribeCancels(
  subscriber: RedisClient,
  prefix: string,
  onCancel: (tripId: string) => void,
): Promise<() => Promise<void>> {
  const channel = cancelChannel(prefix);
  const listener = (from: string, tripId: string) => {
    if (from === channel) onCancel(tripId);
  };
  subscriber.on('message', listener);
  await subscriber.subscribe(channel);
  return async () => {
    subscriber.off('message', listener);
    await subscriber.unsubscribe(channel);
  };
}
