import { createQueues } from '../../src/jobs/queues.js';
import { createNotifyStores } from '../../src/notify/notify-stores.js';
import type { RedisClient } from '../../src/runtime/redis-client.js';
import { PlanVersionStore } from '../../src/trips/plan-versions.js';
import { TripEvents } from '../../src/trips/trip-events.js';
import { TripStore } from '../../src/trips/trip-store.js';
import { createWatches } from '../../src/watch/watches.js';

/** The watch scheduler and lifecycle for an API under test whose watches are not exercised. */
export function testWatches(redis: RedisClient, prefix: string) {
  return createWatches(redis, prefix, {
    store: new TripStore(redis, prefix),
    events: new TripEvents(redis, prefix),
    versions: new PlanVersionStore(redis, prefix),
    queues: createQueues(redis, prefix),
    notifyStores: createNotifyStores(redis, prefix),
  });
}
