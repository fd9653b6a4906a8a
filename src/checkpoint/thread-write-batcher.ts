import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../runtime/redis-client.js';
import { CheckpointSaverError } from './checkpoint-saver-error.js';
import { queueApplyRetention } from './thread-retention.js';

type QueueCommands = (multi: ChainableCommander) => void;

/**
 * What a part of the thread's own stores, where that matters to the batch: a task's pending
 * writes belong to the step starting from checkpoint `step` (see step-bytes.ts's stepKey); a
 * checkpoint ends the step starting from its parent.
 */
export type PartRole = { writesOf: string } | { ends: string };

export interface PartOptions {
  /** The thread's own keys (checkpoints, writes), or keys that only ride along. Default true. */
  own?: boolean;
  role?: PartRole;
}

/** One caller's share of a batch. */
interface Part {
  commands: Promise<QueueCommands>;
  own: boolean;
  role: PartRole | undefined;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Writes whose step ends in the same batch: the checkpoint holds what they wrote, and the MULTI
 * stores both or neither, so nothing would ever read them. (Until the checkpoint is stored they
 * are what lets a resume skip the tasks that finished: those come in earlier batches and stay.)
 */
function superseded(parts: readonly Part[]): Set<Part> {
  const ended = new Set(parts.flatMap((p) => (p.role && 'ends' in p.role ? [p.role.ends] : [])));
  return new Set(parts.filter((p) => p.role && 'writesOf' in p.role && ended.has(p.role.writesOf)));
}

interface Batch {
  parts: Part[];
  /** Settles (never rejects) once the batch has been sent and answered, or has failed. */
  done: Promise<void>;
  finish: () => void;
}

/**
 * Sends the writes of one thread that arrive in the same turn of the event loop as one MULTI.
 * LangGraph calls `putWrites` as a step's last task finishes and `put` for the step's checkpoint
 * right after; batched, a step costs one round trip and one retention script instead of two.
 * Every caller's promise settles when its batch has been applied, so `durability: 'sync'` still
 * waits for the step to be in Redis before the next step starts. Batches are per thread because a
 * thread's keys share one hash tag (one slot), and a MULTI may not span slots.
 *
 * Writes of other keys under the same hash tag (a trip's progress lines and usage records) may
 * ride along (`own: false`): they share the round trip, not the fate. The thread's own writes
 * stand or fall together, as one step; a part riding along fails only on its own replies. With
 * `dropSuperseded`, a step's last pending writes are not sent at all when its checkpoint is in
 * the batch (see `superseded`).
 */
export class ThreadWriteBatcher {
  private readonly open = new Map<string, Batch>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly redis: RedisClient,
    private readonly ttlSeconds: number | undefined,
    private readonly dropSuperseded = false,
  ) {}

  /**
   * Queues commands for the thread whose registry key is given; resolves once they are applied.
   * `commands` may still be in the making (values being serialized): the batch is opened now, so a
   * read issued after this call waits for it, and it is sent once every part of it is ready. A
   * part that fails to prepare fails only its own caller.
   */
  enqueue(registryKey: string, commands: Promise<QueueCommands>, options: PartOptions = {}): Promise<void> {
    let batch = this.open.get(registryKey);
    if (batch === undefined) {
      let finish!: () => void;
      const done = new Promise<void>((resolve) => {
        finish = resolve;
      });
      batch = { parts: [], done, finish };
      this.open.set(registryKey, batch);
      // setImmediate, not a microtask: the step's checkpoint is put a few promise hops after its
      // last write, after the serializer's own awaits; the next macrotask comes after all of them.
      setImmediate(() => this.flush(registryKey));
    }
    return new Promise<void>((resolve, reject) => {
      batch.parts.push({ commands, own: options.own ?? true, role: options.role, resolve, reject });
    });
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
    await Promise.all(waits);
  }

  private flush(registryKey: string): void {
    const batch = this.open.get(registryKey);
    if (batch === undefined) return;
    this.open.delete(registryKey);
    this.inFlight.set(registryKey, batch.done);
    void this.apply(registryKey, batch).finally(() => {
      batch.finish();
      if (this.inFlight.get(registryKey) === batch.done) this.inFlight.delete(registryKey);
    });
  }

  private async apply(registryKey: string, batch: Batch): Promise<void> {
    const prepared = await Promise.allSettled(batch.parts.map((part) => part.commands));
    const unsent = this.dropSuperseded ? superseded(batch.parts) : new Set<Part>();
    const multi = this.redis.multi();
    // Replies are numbered from the first queued command; `length` counts MULTI itself too.
    const offset = multi.length;
    const sent: { part: Part; from: number; to: number }[] = [];
    for (const [i, result] of prepared.entries()) {
      const part = batch.parts[i] as Part;
      if (result.status === 'rejected') {
        part.reject(result.reason);
        continue;
      }
      const from = multi.length - offset;
      // A superseded part queues nothing and shares the step's fate.
      if (!unsent.has(part)) result.value(multi);
      sent.push({ part, from, to: multi.length - offset });
    }
    if (sent.length === 0) return;
    // Retention is the thread's: a batch of riders alone does not touch the thread's keys.
    const own = sent.filter((s) => s.part.own);
    const retentionAt = multi.length - offset;
    if (own.length > 0) queueApplyRetention(multi, registryKey, this.ttlSeconds);
    let replies: [Error | null, unknown][] | null;
    try {
      replies = await multi.exec();
    } catch (error) {
      for (const { part } of sent) part.reject(error);
      return;
    }
    const failureIn = (from: number, to: number): CheckpointSaverError | undefined => {
      if (replies === null)
        return new CheckpointSaverError(
          'redis-command',
          'Redis discarded the transaction (a watched key changed)',
        );
      for (let i = from; i < to; i++) {
        const error = replies[i]?.[0];
        if (error) return new CheckpointSaverError('redis-command', error.message, { cause: error });
      }
      return undefined;
    };
    const ownFailure =
      own.map((s) => failureIn(s.from, s.to)).find((e) => e !== undefined) ??
      (own.length > 0 ? failureIn(retentionAt, retentionAt + 1) : undefined);
    for (const { part, from, to } of sent) {
      const failure = part.own ? ownFailure : failureIn(from, to);
      if (failure) part.reject(failure);
      else part.resolve();
    }
  }
}
