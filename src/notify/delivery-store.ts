import { hashTag, type RedisClient } from '../runtime/redis-client.js';
import { type Delivery, DeliveryAttempt, DeliveryStatus, type WebhookEvent } from './webhook.schema.js';

export interface DeliveryStoreOptions {
  /** How long a delivery and its attempts stay visible. Default 30 days. */
  retentionSeconds?: number;
  /** Newest deliveries kept in a tenant's history. Default 1000. */
  historyLimit?: number;
}

/** A delivery can retry 8 times and stall a few; more attempts than this are not worth keeping. */
const MAX_ATTEMPTS_KEPT = 20;

/** A tenant's delivery keys share its hash tag: the create script and the history reads stay on one slot. */
function deliveryKeys(prefix: string, tenantId: string) {
  const tag = hashTag(tenantId);
  return {
    history: `${prefix}tenant:${tag}:webhook-deliveries`,
    delivery: (id: string) => `${prefix}webhook-delivery:${tag}:${id}`,
    attempts: (id: string) => `${prefix}webhook-delivery:${tag}:${id}:attempts`,
  };
}

/**
 * Creates a pending delivery unless it exists, and indexes it in the tenant's history (trimmed by
 * age and count). Returns nil when created, else the existing delivery's status and createdAt.
 * KEYS[1] delivery hash, KEYS[2] history; ARGV: id, event, tripId, createdAt, createdAt ms,
 * retention seconds, history limit.
 */
const CREATE_UNLESS_EXISTS = `
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('HMGET', KEYS[1], 'status', 'createdAt') end
redis.call('HSET', KEYS[1], 'event', ARGV[2], 'tripId', ARGV[3], 'status', 'pending', 'createdAt', ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[6])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. (tonumber(ARGV[5]) - tonumber(ARGV[6]) * 1000))
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(tonumber(ARGV[7]) + 1))
redis.call('EXPIRE', KEYS[2], ARGV[6])
return false
`;

export interface NewDelivery {
  tenantId: string;
  deliveryId: string;
  event: WebhookEvent;
  tripId: string;
  createdAt: string;
}

/**
 * Each delivery and every attempt at it, per tenant: a hash per delivery, a list of its attempts,
 * and a sorted set of the tenant's deliveries by creation time. Everything expires after the
 * retention period, so the history stays bounded without a sweeper.
 */
export class DeliveryStore {
  private readonly retentionSeconds: number;
  private readonly historyLimit: number;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    options: DeliveryStoreOptions = {},
  ) {
    this.retentionSeconds = options.retentionSeconds ?? 30 * 24 * 3600;
    this.historyLimit = options.historyLimit ?? 1000;
  }

  /** Records a pending delivery; `created: false` with the stored status when it already existed. */
  async create(
    delivery: NewDelivery,
  ): Promise<{ created: boolean; status: DeliveryStatus; createdAt: string }> {
    const keys = deliveryKeys(this.prefix, delivery.tenantId);
    const existing = await this.redis.eval(
      CREATE_UNLESS_EXISTS,
      2,
      keys.delivery(delivery.deliveryId),
      keys.history,
      delivery.deliveryId,
      delivery.event,
      delivery.tripId,
      delivery.createdAt,
      Date.parse(delivery.createdAt),
      this.retentionSeconds,
      this.historyLimit,
    );
    if (existing === null) return { created: true, status: 'pending', createdAt: delivery.createdAt };
    const [status, createdAt] = existing as [string | null, string | null];
    return {
      created: false,
      status: DeliveryStatus.catch('pending').parse(status),
      createdAt: createdAt ?? delivery.createdAt,
    };
  }

  /** Appends an attempt and sets the delivery's status (deliveredAt too when delivered). */
  async recordAttempt(
    tenantId: string,
    deliveryId: string,
    attempt: DeliveryAttempt,
    status: DeliveryStatus,
  ): Promise<void> {
    const keys = deliveryKeys(this.prefix, tenantId);
    const fields: Record<string, string> = { status };
    if (status === 'delivered') fields.deliveredAt = attempt.at;
    await this.redis
      .multi()
      .rpush(keys.attempts(deliveryId), JSON.stringify(attempt))
      .ltrim(keys.attempts(deliveryId), -MAX_ATTEMPTS_KEPT, -1)
      .hset(keys.delivery(deliveryId), fields)
      .expire(keys.attempts(deliveryId), this.retentionSeconds)
      .expire(keys.delivery(deliveryId), this.retentionSeconds)
      .exec();
  }

  async get(tenantId: string, deliveryId: string): Promise<Delivery | null> {
    const [delivery] = await this.read(tenantId, [deliveryId]);
    return delivery ?? null;
  }

  /** The tenant's deliveries, newest first. */
  async list(tenantId: string, limit: number): Promise<Delivery[]> {
    const ids = await this.redis.zrevrange(deliveryKeys(this.prefix, tenantId).history, 0, limit - 1);
    return this.read(tenantId, ids);
  }

  /** Deliveries that expired while still indexed are left out. */
  private async read(tenantId: string, ids: string[]): Promise<Delivery[]> {
    if (ids.length === 0) return [];
    const keys = deliveryKeys(this.prefix, tenantId);
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(keys.delivery(id)).lrange(keys.attempts(id), 0, -1);
    const replies = (await pipeline.exec()) ?? [];
    const deliveries: Delivery[] = [];
    ids.forEach((deliveryId, i) => {
      const [rowError, row] = replies[2 * i] ?? [];
      const [attemptsError, attempts] = replies[2 * i + 1] ?? [];
      if (rowError) throw rowError;
      if (attemptsError) throw attemptsError;
      const fields = row as Record<string, string>;
      if (!fields.status || !fields.event || !fields.tripId || !fields.createdAt) return;
      deliveries.push({
        deliveryId,
        event: fields.event as WebhookEvent,
        tripId: fields.tripId,
        status: DeliveryStatus.catch('pending').parse(fields.status),
        attempts: (attempts as string[]).map((a) => DeliveryAttempt.parse(JSON.parse(a))),
        createdAt: fields.createdAt,
        deliveredAt: fields.deliveredAt || null,
      });
    });
    return deliveries;
  }
}
