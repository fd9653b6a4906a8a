import { Queue, type QueueOptions } from 'bullmq';
import type { RedisClient } from '../runtime/redis-client.js';
import { JOB_CATALOG, type JobPayload, type QueueName } from './job-catalog.js';
import { QueueConnection } from './queue-connection.js';

export type TypedQueue<Q extends QueueName> = Queue<JobPayload<Q>, unknown, Q>;

export interface Queues {
  plan: TypedQueue<'plan'>;
  replan: TypedQueue<'replan'>;
  notify: TypedQueue<'notify'>;
}

/**
 * BullMQ keys live under `{<prefix>bull}` so tests and deployments can share one Redis. The braces
 * make it a hash tag: BullMQ's Lua scripts touch several keys of a queue at once, which a Redis
 * Cluster allows only within one slot (BullMQ's "Redis Cluster" pattern). All three queues share
 * the tag, so on a cluster they live on one master; their traffic is small next to the trips'.
 */
export function bullPrefix(prefix: string): string {
  return `{${prefix}bull}`;
}

export function createQueues(connection: RedisClient, prefix: string): Queues {
  const options = (name: QueueName): QueueOptions => ({
    connection,
    prefix: bullPrefix(prefix),
    defaultJobOptions: JOB_CATALOG[name].options,
  });
  // A producer closes its queues whenever its process stops, even one that stops as it starts.
  return {
    plan: new Queue('plan', options('plan'), QueueConnection),
    replan: new Queue('replan', options('replan'), QueueConnection),
    notify: new Queue('notify', options('notify'), QueueConnection),
  };
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((q: Queue) => q.close()));
}

/** Adds a job after checking its payload against the catalog. */
export async function enqueue<Q extends QueueName>(
  queues: Queues,
  name: Q,
  payload: JobPayload<Q>,
  jobId: string,
): Promise<void> {
  const parsed = JOB_CATALOG[name].payload.parse(payload);
  await (queues[name] as unknown as Queue).add(name, parsed, { jobId });
}
