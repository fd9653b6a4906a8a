import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../runtime/redis-client.js';
import { execAll } from './exec-all.js';
import { queueApplyRetention } from './thread-retention.js';

type QueueCommands = (multi: ChainableCommander) => void;

interface Batch {
  commands: Promise<QueueCommands>[];
  done: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Sends the writes of one thread that arrive in the same turn of the event loop as one MULTI.
 * LangGraph calls `putWrites` as a step's last task finishes and `put` for the step's checkpoint
 * right after; batched, a step costs one round trip and one retention script instead of two.
 * Every caller's promise settles when its batch has been applied, so `durability: 'sync'` still
 * waits for the step to be in Redis before the next step starts. Batches are per thread because a
 * thread's keys share one hash tag (one slot), and a MULTI may not span slots.
 */
export class ThreadWriteBatcher {
  private readonly open = new Map<string, Batch>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly redis: RedisClient,
    private readonly ttlSeconds: number | undefined,
  ) {}

  /**
   * Queues commands for the thread whose registry key is given; resolves once they are applied.
   * `commands` may still be in the making (values being serialized): the batch is opened now, so a
   * read issued after this call waits for it, and it is sent once every part of it is ready. A
   * part that fails to prepare fails only its own caller.
   */
  enqueue(registryKey: string, commands: Promise<QueueCommands>): Promise<void> {
    let batch = this.open.get(registryKey);
    if (batch === undefined) {
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const done = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // A caller that does not await its write still must not see an unhandled rejection here;
      // the error reaches every awaiting caller through `done`.
      done.catch(() => {});
      batch = { commands: [], done, resolve, reject };
      this.open.set(registryKey, batch);
      // setImmediate, not a microtask: the step's checkpoint is put a few promise hops after its
      // last write, after the serializer's own awaits; the next macrotask comes after all of them.
      setImmediate(() => this.flush(registryKey));
    }
    batch.commands.push(commands);
    return Promise.all([commands, batch.done]).then(() => undefined);
  }

  /** Resolves when every write queued so far for the thread (or for all threads) is applied. */
  async settled(registryKey?: string): Promise<void> {
    const keys = registryKey === undefined ? [...this.open.keys(), ...this.inFlight.keys()] : [registryKey];
    const waits: Promise<void>[] = [];
    for (const key of keys) {
      const open = this.open.get(key);
      const flying = this.inFlight.get(key);
      if (open) waits.push(open.done);
      if (flying) waits.push(flying);
    }
    // A failed write is reported to its own caller; a reader only waits for it to be over.
    await Promise.allSettled(waits);
  }

  private flush(registryKey: string): void {
    const batch = this.open.get(registryKey);
    if (batch === undefined) return;
    this.open.delete(registryKey);
    this.inFlight.set(registryKey, batch.done);
    void this.apply(registryKey, batch).finally(() => {
      if (this.inFlight.get(registryKey) === batch.done) this.inFlight.delete(registryKey);
    });
  }

  private async apply(registryKey: string, batch: Batch): Promise<void> {
    const prepared = await Promise.allSettled(batch.commands);
    const multi = this.redis.multi();
    for (const part of prepared) if (part.status === 'fulfilled') part.value(multi);
    queueApplyRetention(multi, registryKey, this.ttlSeconds);
    await execAll(multi).then(
      () => batch.resolve(),
      (error: unknown) => batch.reject(error),
    );
  }
}
