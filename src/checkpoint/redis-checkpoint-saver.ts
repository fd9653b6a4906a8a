import type { RunnableConfig } from '@langchain/core/runnables';
import {
  BaseCheckpointSaver,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointTuple,
  copyCheckpoint,
  getCheckpointId,
  type PendingWrite,
  type SerializerProtocol,
  WRITES_IDX_MAP,
} from '@langchain/langgraph-checkpoint';
import type { ChainableCommander } from 'ioredis';
import { type RedisClient, scanAllKeys } from '../runtime/redis-client.js';
import { blobField, EMPTY_BLOB, encodeTyped, encodeWrite, writeField } from './checkpoint-codec.js';
import { namespaceOf, optionalId, requiredId } from './checkpoint-config.js';
import { type CheckpointKeys, checkpointKeys } from './checkpoint-keys.js';
import { CheckpointReader, type MetadataFilter } from './checkpoint-reader.js';
import { CheckpointSaverError } from './checkpoint-saver-error.js';
import { PlainJsonSerializer } from './plain-json-serde.js';
import { StepBytes, stepKey } from './step-bytes.js';
import { pruneNamespace } from './thread-pruning.js';
import { deleteThreadKeys, expireThreadKeys, threadMemoryUsage } from './thread-retention.js';
import { ThreadWriteBatcher } from './thread-write-batcher.js';

export interface RedisCheckpointSaverOptions {
  /** Connection for every command; the saver never closes it. Must not use ioredis `keyPrefix`. */
  redis: RedisClient;
  /** Key namespace shared with the rest of the service, e.g. `"tp:"`; keys live under `<prefix>cp:`. */
  prefix: string;
  /**
   * When set, every write gives all keys of its thread this TTL afresh, so a thread vanishes
   * `ttlSeconds` after its last write. Costs O(keys of the thread) per write.
   * Default: no TTL; call `expireThread` when a thread is finished.
   */
  ttlSeconds?: number;
  /**
   * Default: PlainJsonSerializer, LangGraph's JsonPlusSerializer with a fast path for plain JSON
   * (same records, a fraction of the CPU).
   */
  serde?: SerializerProtocol;
  /**
   * When true, a step's pending writes that reach Redis together with the checkpoint that applied
   * them are not stored (see ThreadWriteBatcher): the checkpoint holds what they wrote, and no
   * resume reads them. The thread's history then shows no task results for those steps
   * (getStateHistory's `tasks[].result`; time travel re-runs them). For a service that prunes
   * finished threads anyway (src/planner/lean-thread.ts): a finished plan's pending writes were
   * over two fifths of the bytes its worker sent. Default false: MemorySaver's history.
   */
  leanHistory?: boolean;
}

export interface PruneOptions {
  /** Channels whose values the latest checkpoint need not keep either. Default: none. */
  dropChannels?: readonly string[];
}

/** What `prune` removed from a thread. */
export interface PruneSummary {
  checkpointsRemoved: number;
  blobFieldsRemoved: number;
  /**
   * Namespaces left whole: a checkpoint arrived while pruning (the thread runs again), or the
   * latest checkpoint still needs its ancestors (un-snapshotted delta channels, a pre-v4 format).
   */
  namespacesSkipped: number;
}

/**
 * A delta channel's value is rebuilt from the writes of earlier checkpoints until LangGraph
 * snapshots it; while the metadata counts updates since a snapshot, those ancestors must stay.
 */
function hasUnsnapshottedDeltas(metadata: CheckpointMetadata): boolean {
  const counters = (metadata as { counters_since_delta_snapshot?: unknown }).counters_since_delta_snapshot;
  return typeof counters === 'object' && counters !== null && Object.keys(counters).length > 0;
}

/** Most checkpoints fetched and decoded per round trip while listing. */
const LIST_PAGE_SIZE = 50;

/**
 * A LangGraph checkpoint saver on plain Redis (>= 6.2; hashes, sorted sets, sets, no modules),
 * with MemorySaver's semantics. The key layout is described in checkpoint-keys.ts.
 *
 * Channel values are stored once per (channel, version), as the Postgres saver does, not once per
 * checkpoint: a put stores only the channels in `newVersions`, and reading a checkpoint looks its
 * `channel_versions` up. A long plan therefore costs the size of its changes, not steps × state.
 */
export class RedisCheckpointSaver extends BaseCheckpointSaver {
  private readonly redis: RedisClient;
  private readonly keys: CheckpointKeys;
  private readonly reader: CheckpointReader;
  private readonly batcher: ThreadWriteBatcher;
  private readonly stepBytes: StepBytes;

  constructor(options: RedisCheckpointSaverOptions) {
    super(options.serde ?? new PlainJsonSerializer());
    const { redis, prefix, ttlSeconds } = options;
    // Lua scripts address keys listed in registry sets; ioredis would not prefix those.
    if (redis.options.keyPrefix)
      throw new CheckpointSaverError('invalid-options', 'use the prefix option, not an ioredis keyPrefix');
    if (ttlSeconds !== undefined && !(Number.isFinite(ttlSeconds) && ttlSeconds > 0))
      throw new CheckpointSaverError('invalid-options', `ttlSeconds must be positive (got ${ttlSeconds})`);
    this.redis = redis;
    this.keys = checkpointKeys(prefix);
    this.batcher = new ThreadWriteBatcher(redis, ttlSeconds, options.leanHistory ?? false);
    this.stepBytes = new StepBytes(this.serde);
    this.reader = new CheckpointReader(redis, this.keys, this.serde, () => this.getNextVersion(undefined));
  }

  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const threadId = optionalId(config.configurable?.thread_id, 'thread_id');
    if (threadId === undefined) return undefined;
    await this.batcher.settled(this.keys.registry(threadId));
    const ns = namespaceOf(config);
    // getCheckpointId also honours the legacy `thread_ts`; "" means "the latest".
    const requested = optionalId(getCheckpointId(config) || undefined, 'checkpoint_id');
    const checkpointId = requested ?? (await this.reader.latestId(threadId, ns));
    if (checkpointId === undefined) return undefined;
    const [tuple] = await this.reader.load(threadId, ns, [checkpointId]);
    return tuple;
  }

  /**
   * Newest first within a namespace. Without a thread_id every thread under the prefix is listed,
   * found by SCAN: O(keyspace), meant for operators, never used by graph execution.
   */
  async *list(config: RunnableConfig, options: CheckpointListOptions = {}): AsyncGenerator<CheckpointTuple> {
    const { before, filter } = options;
    const threadId = optionalId(config.configurable?.thread_id, 'thread_id');
    const nsOnly = config.configurable?.checkpoint_ns === undefined ? undefined : namespaceOf(config);
    const idOnly = optionalId(config.configurable?.checkpoint_id || undefined, 'checkpoint_id');
    const beforeId = optionalId(before?.configurable?.checkpoint_id || undefined, 'checkpoint_id');
    let remaining = options.limit;
    // Without a filter every fetched checkpoint is yielded, so a small limit fetches no more than it.
    const filtering = filter !== undefined && Object.keys(filter).length > 0;
    const pageSize = () =>
      remaining === undefined || filtering
        ? LIST_PAGE_SIZE
        : Math.max(1, Math.min(LIST_PAGE_SIZE, remaining));

    await this.batcher.settled(threadId === undefined ? undefined : this.keys.registry(threadId));
    const threadIds = threadId !== undefined ? [threadId] : await this.allThreadIds();
    for (const thread of threadIds) {
      const namespaces =
        nsOnly !== undefined ? [nsOnly] : await this.redis.zrange(this.keys.namespaces(thread), 0, -1);
      for (const ns of namespaces) {
        const pages =
          idOnly !== undefined
            ? this.exactPage(thread, ns, idOnly, beforeId)
            : this.pages(thread, ns, beforeId, pageSize);
        for await (const ids of pages) {
          for (const tuple of await this.reader.load(thread, ns, ids, filter as MetadataFilter | undefined)) {
            if (remaining !== undefined) {
              if (remaining <= 0) return;
              remaining -= 1;
            }
            yield tuple;
          }
          if (remaining !== undefined && remaining <= 0) return;
        }
      }
    }
  }

  /** Checkpoint ids of one namespace, newest first and older than `beforeId`, a page at a time. */
  private async *pages(
    threadId: string,
    ns: string,
    beforeId: string | undefined,
    pageSize: () => number,
  ): AsyncGenerator<string[]> {
    const index = this.keys.index(threadId, ns);
    // Each page starts below the last id seen (an exclusive lex bound): O(log n + page) per page.
    let max = beforeId === undefined ? '+' : `(${beforeId}`;
    for (;;) {
      const size = pageSize();
      const ids = await this.redis.zrevrangebylex(index, max, '-', 'LIMIT', 0, size);
      if (ids.length > 0) yield ids;
      const last = ids.at(-1);
      if (ids.length < size || last === undefined) return;
      max = `(${last}`;
    }
  }

  private async *exactPage(threadId: string, ns: string, id: string, beforeId: string | undefined) {
    if (beforeId !== undefined && id >= beforeId) return;
    if ((await this.redis.zscore(this.keys.index(threadId, ns), id)) !== null) yield [id];
  }

  private async allThreadIds(): Promise<string[]> {
    const found = new Set<string>();
    // On a cluster every master is scanned: a thread's keys live on whichever node owns its slot.
    for (const key of await scanAllKeys(this.redis, this.keys.namespacesPattern)) {
      const threadId = this.keys.threadIdOfNamespacesKey(key);
      if (threadId !== undefined) found.add(threadId);
    }
    return [...found].sort();
  }

  async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<RunnableConfig> {
    const threadId = requiredId(config.configurable?.thread_id, 'thread_id', 'put checkpoint');
    const ns = namespaceOf(config);
    const checkpointId = requiredId(checkpoint.id, 'checkpoint id', 'put checkpoint');
    const parentId = optionalId(config.configurable?.checkpoint_id || undefined, 'checkpoint_id');
    // Queued before serializing, so the step's last writes and this checkpoint share a batch.
    await this.batcher.enqueue(
      this.keys.registry(threadId),
      this.preparePut({ threadId, ns, checkpointId, parentId }, checkpoint, metadata, newVersions),
      parentId === undefined ? {} : { role: { ends: stepKey(threadId, ns, parentId) } },
    );
    return { configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: checkpointId } };
  }

  /** Serializes a checkpoint and returns the commands that store it (copied before any await). */
  private async preparePut(
    at: { threadId: string; ns: string; checkpointId: string; parentId: string | undefined },
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<(multi: ChainableCommander) => void> {
    const { threadId, ns, checkpointId, parentId } = at;
    const prepared = copyCheckpoint(checkpoint);
    const values = prepared.channel_values;
    prepared.channel_values = {};
    const blobs: Record<string, Buffer> = {};
    // The values its writes wrote are serialized already (step-bytes.ts).
    const step = parentId === undefined ? undefined : stepKey(threadId, ns, parentId);
    const dumps = (value: unknown) =>
      step === undefined ? this.serde.dumpsTyped(value) : this.stepBytes.dumps(step, value);
    for (const [channel, version] of Object.entries(newVersions)) {
      const value = Object.hasOwn(values, channel) ? values[channel] : undefined;
      blobs[blobField(channel, version)] = value === undefined ? EMPTY_BLOB : encodeTyped(await dumps(value));
    }
    if (step !== undefined) this.stepBytes.forget(step);
    const [storedCheckpoint, storedMetadata] = await Promise.all([
      this.serde.dumpsTyped(prepared),
      this.serde.dumpsTyped(metadata),
    ]);
    const record: Record<string, Buffer | string> = {
      checkpoint: encodeTyped(storedCheckpoint),
      metadata: encodeTyped(storedMetadata),
    };
    if (parentId !== undefined) record.parent = parentId;

    const keys = {
      registry: this.keys.registry(threadId),
      namespaces: this.keys.namespaces(threadId),
      index: this.keys.index(threadId, ns),
      blobs: this.keys.blobs(threadId, ns),
      checkpoint: this.keys.checkpoint(threadId, ns, checkpointId),
    };
    // One transaction, so no reader sees a checkpoint in the index before its hash and values.
    return (multi) => {
      multi.del(keys.checkpoint); // re-putting an id replaces it whole, parent included
      multi.hset(keys.checkpoint, record);
      if (Object.keys(blobs).length > 0) multi.hset(keys.blobs, blobs);
      multi.zadd(keys.index, 0, checkpointId);
      multi.zadd(keys.namespaces, 0, ns);
      multi.sadd(keys.registry, keys.namespaces, keys.index, keys.blobs, keys.checkpoint);
    };
  }

  async putWrites(
    config: RunnableConfig,
    writes: PendingWrite[],
    taskId: string,
    taskPath?: string,
  ): Promise<void> {
    const threadId = requiredId(config.configurable?.thread_id, 'thread_id', 'put writes');
    const checkpointId = requiredId(config.configurable?.checkpoint_id, 'checkpoint_id', 'put writes');
    const ns = namespaceOf(config);
    const task = requiredId(taskId, 'task id', 'put writes');
    const key = this.keys.writes(threadId, ns, checkpointId);
    const registry = this.keys.registry(threadId);
    const step = stepKey(threadId, ns, checkpointId);
    const prepared = (async () => {
      const encoded = await Promise.all(
        writes.map(async ([channel, value], position) => {
          // Special channels (errors, interrupts, resumes) take fixed negative indexes, so a
          // task's later error or interrupt replaces the earlier one instead of piling up.
          const idx = Object.hasOwn(WRITES_IDX_MAP, channel)
            ? (WRITES_IDX_MAP[channel] ?? position)
            : position;
          const record = encodeWrite({
            channel,
            taskPath: taskPath ?? '',
            value: await this.stepBytes.dumps(step, value),
          });
          return { field: writeField(task, idx), idx, record };
        }),
      );
      return (multi: ChainableCommander) => {
        for (const { field, idx, record } of encoded) {
          // A retried task re-sends its regular writes; the first ones stay, as in MemorySaver.
          if (idx >= 0) multi.hsetnx(key, field, record);
          else multi.hset(key, field, record);
        }
        multi.sadd(registry, key);
      };
    })();
    await this.batcher.enqueue(registry, prepared, { role: { writesOf: step } });
  }

  /**
   * Sends `commands`, on keys under the thread's hash tag (a trip's progress lines and usage
   * records; never the saver's own keys), with the thread's next write batch: a step's checkpoint,
   * its pending writes and the progress it reported then go in one MULTI, one round trip. They
   * ride along: an error in their replies fails only this call, never the checkpoint. Resolves
   * once they are applied.
   */
  writeAlongside(threadId: string, commands: (multi: ChainableCommander) => void): Promise<void> {
    const registry = this.keys.registry(requiredId(threadId, 'thread_id', 'write alongside'));
    return this.batcher.enqueue(registry, Promise.resolve(commands), { own: false });
  }

  async deleteThread(threadId: string): Promise<void> {
    const registry = this.keys.registry(requiredId(threadId, 'thread_id', 'delete thread'));
    await this.batcher.settled(registry);
    await deleteThreadKeys(this.redis, registry);
  }

  /**
   * Retires a finished thread: every key of it expires in `seconds` (a whole number). Returns how
   * many keys got the TTL, 0 when the thread does not exist. A later write to the thread makes
   * it persistent again (or gives it `ttlSeconds`), so retire it again when that run ends.
   */
  async expireThread(threadId: string, seconds: number): Promise<number> {
    const registry = this.keys.registry(requiredId(threadId, 'thread_id', 'expire thread'));
    await this.batcher.settled(registry);
    return expireThreadKeys(this.redis, registry, seconds);
  }

  /**
   * Keeps only what a resume or a repair of a finished (or waiting) thread reads: per namespace the
   * latest checkpoint, its pending writes (an interrupt's, a half-done step's) and the channel
   * values it names. Superseded checkpoints, the writes of their finished steps and unnamed
   * channel values are deleted, so history (`getStateHistory`, time travel) ends at the latest
   * checkpoint. Safe beside a running graph: a namespace that gets a new checkpoint meanwhile is
   * left whole. Meant for the end of a run (completion, a question asked).
   *
   * `dropChannels` also deletes those channels' values from the latest checkpoint, which then
   * reads as if they were empty: for working data (option lists the solver has chosen from) that
   * nothing reads once a run has finished. Only the caller knows which channels those are.
   */
  async prune(threadId: string, options: PruneOptions = {}): Promise<PruneSummary> {
    const drop = new Set(options.dropChannels ?? []);
    const thread = requiredId(threadId, 'thread_id', 'prune thread');
    await this.batcher.settled(this.keys.registry(thread));
    const summary: PruneSummary = { checkpointsRemoved: 0, blobFieldsRemoved: 0, namespacesSkipped: 0 };
    for (const ns of await this.redis.zrange(this.keys.namespaces(thread), 0, -1)) {
      // Score 0 everywhere, so ZRANGE is lex order: uuid6 ids sort by time, the latest is last.
      const ids = await this.redis.zrange(this.keys.index(thread, ns), 0, -1);
      const latestId = ids.at(-1);
      if (latestId === undefined) continue;
      const latest = await this.reader.record(thread, ns, latestId);
      if (latest === undefined || latest.checkpoint.v < 4 || hasUnsnapshottedDeltas(latest.metadata)) {
        summary.namespacesSkipped += 1;
        continue;
      }
      const result = await pruneNamespace(this.redis, {
        indexKey: this.keys.index(thread, ns),
        blobsKey: this.keys.blobs(thread, ns),
        registryKey: this.keys.registry(thread),
        latestId,
        superseded: ids.slice(0, -1).map((id) => ({
          id,
          checkpointKey: this.keys.checkpoint(thread, ns, id),
          writesKey: this.keys.writes(thread, ns, id),
        })),
        keepBlobFields: Object.entries(latest.checkpoint.channel_versions)
          .filter(([channel]) => !drop.has(channel))
          .map(([channel, version]) => blobField(channel, version)),
      });
      if (result.skipped) summary.namespacesSkipped += 1;
      summary.checkpointsRemoved += result.checkpointsRemoved;
      summary.blobFieldsRemoved += result.blobFieldsRemoved;
    }
    return summary;
  }

  /** Bytes Redis uses for the thread's keys (MEMORY USAGE, summed); 0 when it does not exist. */
  async threadBytes(threadId: string): Promise<number> {
    const registry = this.keys.registry(requiredId(threadId, 'thread_id', 'measure thread'));
    await this.batcher.settled(registry);
    return threadMemoryUsage(this.redis, registry);
  }

  /**
   * Versions are `n + 1 + r` with a random fraction r in [0, 0.5): still increasing, and unique
   * per fork. Values are stored per (channel, version), so two branches forked from one
   * checkpoint must not both call their next value of a channel "n + 1" (the Postgres saver
   * appends a random suffix for the same reason). Numbers, not strings, keep the saver a
   * `BaseCheckpointSaver<number>` that every LangGraph API accepts.
   */
  override getNextVersion(current: number | undefined): number {
    const step = current === undefined ? 0 : Math.floor(current);
    return step + 1 + Math.random() / 2;
  }
}
