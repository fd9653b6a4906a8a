import type { RedisClient } from '../runtime/redis-client.js';
import { type Webhook, WebhookEvent } from './webhook.schema.js';
import { newWebhookSecret } from './webhook-signature.js';

export function webhookKey(prefix: string, tenantId: string): string {
  return `${prefix}tenant:${tenantId}:webhook`;
}

/** Replaces the secret only of a webhook that still exists (a concurrent DELETE wins). */
const ROTATE_IF_EXISTS = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'secret', ARGV[1])
return 1
`;

/** Disables only the webhook the failed delivery went to, not one PUT since (compared by createdAt). */
const DISABLE_IF_SAME = `
if redis.call('HGET', KEYS[1], 'createdAt') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'disabledAt', ARGV[2], 'disabledReason', ARGV[3])
return 1
`;

/**
 * One webhook per tenant, as a Redis hash. The signing secret is stored as is, not hashed: the
 * worker needs it to sign. It leaves the service only in the answers to PUT and rotate-secret.
 */
export class WebhookStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  async get(tenantId: string): Promise<Webhook | null> {
    const row = await this.redis.hgetall(webhookKey(this.prefix, tenantId));
    if (!row.url || !row.secret || !row.createdAt) return null;
    const events = (row.events ?? '').split(',').filter((e) => WebhookEvent.safeParse(e).success);
    return {
      url: row.url,
      events: events as WebhookEvent[],
      secret: row.secret,
      createdAt: row.createdAt,
      disabledAt: row.disabledAt || null,
      disabledReason: row.disabledReason || null,
    };
  }

  /** Creates or replaces the tenant's webhook with a new secret (and re-enables it). */
  async put(tenantId: string, settings: { url: string; events: readonly WebhookEvent[] }): Promise<Webhook> {
    const webhook: Webhook = {
      url: settings.url,
      events: [...new Set(settings.events)],
      secret: newWebhookSecret(),
      createdAt: new Date().toISOString(),
      disabledAt: null,
      disabledReason: null,
    };
    const key = webhookKey(this.prefix, tenantId);
    await this.redis
      .multi()
      .del(key)
      .hset(key, {
        url: webhook.url,
        events: webhook.events.join(','),
        secret: webhook.secret,
        createdAt: webhook.createdAt,
      })
      .exec();
    return webhook;
  }

  /** False when the tenant had no webhook. */
  async remove(tenantId: string): Promise<boolean> {
    return (await this.redis.del(webhookKey(this.prefix, tenantId))) === 1;
  }

  /** A new secret for the existing webhook; null when there is none. The old secret stops at once. */
  async rotateSecret(tenantId: string): Promise<Webhook | null> {
    const rotated = await this.redis.eval(
      ROTATE_IF_EXISTS,
      1,
      webhookKey(this.prefix, tenantId),
      newWebhookSecret(),
    );
    return rotated === 1 ? this.get(tenantId) : null;
  }

  /** Stops deliveries to `webhook` (identified by its createdAt); false when it was replaced meanwhile. */
  async disable(tenantId: string, webhook: Pick<Webhook, 'createdAt'>, reason: string): Promise<boolean> {
    const disabled = await this.redis.eval(
      DISABLE_IF_SAME,
      1,
      webhookKey(this.prefix, tenantId),
      webhook.createdAt,
      new Date().toISOString(),
      reason,
    );
    return disabled === 1;
  }
}
