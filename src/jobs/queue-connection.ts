import { RedisConnection } from 'bullmq';

/**
 * BullMQ's connection of a Queue, except after the queue has closed it. BullMQ drops every listener
 * of a connection as it closes it, and from then on the only error the connection can emit is that
 * of a start-up the close cut short (a cluster's slot map or the server's INFO still on the way when
 * a process stops right after it started): "Connection is closed", "Cluster is ended". With no
 * listener an EventEmitter throws it, and the process ends with exit 1 for a close its owner asked
 * for. Every error before the close is emitted as BullMQ emits it, and the Redis client under the
 * connection is ours, with a listener of its own.
 */
export class QueueConnection extends RedisConnection {
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'error' && this.closing && this.listenerCount('error') === 0) return false;
    return super.emit(event, ...args);
  }
}
