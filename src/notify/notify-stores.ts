import type { RedisClient } from '../runtime/redis-client.js';
import { DeliveryStore, type DeliveryStoreOptions } from './delivery-store.js';
import { WebhookStore } from './webhook-store.js';

/** What producers, the worker and the API share: tenants' webhooks and their delivery history. */
export interface NotifyStores {
  webhooks: WebhookStore;
  deliveries: DeliveryStore;
}

export function createNotifyStores(
  redis: RedisClient,
  prefix: string,
  options: DeliveryStoreOptions = {},
): NotifyStores {
  return { webhooks: new WebhookStore(redis, prefix), deliveries: new DeliveryStore(redis, prefix, options) };
}
