import {
  type Checkpoint,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
  compareWritesSortKeys,
  maxChannelVersion,
  type SerializerProtocol,
  TASKS,
  writesSortKey,
} from '@langchain/langgraph-checkpoint';
import type { RedisClient } from '../runtime/redis-client.js';
import {
  blobField,
  decodeTyped,
  decodeWrite,
  isEmptyBlob,
  parseWriteField,
  type StoredWrite,
  type TypedValue,
} from './checkpoint-codec.js';
import type { CheckpointKeys } from './checkpoint-keys.js';
import { execAll } from './exec-all.js';

export type MetadataFilter = Record<string, unknown>;

interface OrderedWrite extends StoredWrite {
  taskId: string;
  idx: number;
}

export interface LoadedCheckpoint {
  id: string;
  checkpoint: Checkpoint;
  metadata: CheckpointMetadata;
  parentId: string | undefined;
}

/** MemorySaver's filter: every entry equals the metadata value (`===`, so objects never match). */
function matchesFilter(metadata: CheckpointMetadata, filter: MetadataFilter | undefined): boolean {
  if (filter === undefined) return true;
  const record = metadata as Record<string, unknown>;
  return Object.entries(filter).every(
    ([key, value]) => (Object.hasOwn(record, key) ? record[key] : undefined) === value,
  );
}

/**
 * Writes in `writesSortKey` order (task path, task id, index): the order live execution applies
 * a superstep's writes in, which `getDeltaChannelHistory` relies on when it replays them.
 */
function orderedWrites(hash: Record<string, Buffer>): OrderedWrite[] {
  const writes = Object.entries(hash).map(([field, record]) => ({
    ...parseWriteField(field),
    ...decodeWrite(record),
  }));
  return writes.sort((a, b) =>
    compareWritesSortKeys(
      writesSortKey(a.taskPath, a.taskId, a.idx),
      writesSortKey(b.taskPath, b.taskId, b.idx),
    ),
  );
}

/** Turns stored records back into checkpoint tuples, a page of checkpoints at a time. */
export class CheckpointReader {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: CheckpointKeys,
    private readonly serde: SerializerProtocol,
    /** The saver's version scheme, for migrating pending sends into a channel of their own. */
    private readonly nextVersion: () => number,
  ) {}

  private loadTyped([type, bytes]: TypedValue): Promise<unknown> {
    return this.serde.loadsTyped(type, bytes);
  }

  async latestId(threadId: string, ns: string): Promise<string | undefined> {
    const [id] = await this.redis.zrevrangebylex(this.keys.index(threadId, ns), '+', '-', 'LIMIT', 0, 1);
    return id;
  }

  /** One checkpoint's record without its channel values or writes; undefined when it is gone. */
  async record(threadId: string, ns: string, id: string): Promise<LoadedCheckpoint | undefined> {
    const [loaded] = await this.loadCheckpoints(threadId, ns, [id], undefined);
    return loaded;
  }

  /**
   * The tuples of `ids` (one thread and namespace) whose metadata passes `filter`, in the order
   * given. Two round trips: the checkpoint hashes, then their writes and channel values. Ids whose
   * hash is gone (e.g. expired) are skipped.
   */
  async load(
    threadId: string,
    ns: string,
    ids: readonly string[],
    filter?: MetadataFilter,
  ): Promise<CheckpointTuple[]> {
    const loaded = await this.loadCheckpoints(threadId, ns, ids, filter);
    if (loaded.length === 0) return [];

    const pipeline = this.redis.pipeline();
    const blobFields = loaded.map(({ checkpoint }) =>
      Object.entries(checkpoint.channel_versions).map(
        ([channel, version]) => [channel, blobField(channel, version)] as const,
      ),
    );
    loaded.forEach(({ id, checkpoint, parentId }, i) => {
      pipeline.hgetallBuffer(this.keys.writes(threadId, ns, id));
      const fields = blobFields[i] ?? [];
      if (fields.length > 0)
        pipeline.hmgetBuffer(this.keys.blobs(threadId, ns), ...fields.map(([, field]) => field));
      if (checkpoint.v < 4 && parentId !== undefined)
        pipeline.hgetallBuffer(this.keys.writes(threadId, ns, parentId));
    });
    const replies = await execAll(pipeline);

    const tuples: CheckpointTuple[] = [];
    let cursor = 0;
    for (const [i, { id, checkpoint, metadata, parentId }] of loaded.entries()) {
      const writes = orderedWrites(replies[cursor++] as Record<string, Buffer>);
      const fields = blobFields[i] ?? [];
      const blobs = fields.length > 0 ? (replies[cursor++] as (Buffer | null)[]) : [];
      const values: [string, unknown][] = [];
      for (const [j, [channel]] of fields.entries()) {
        const blob = blobs[j];
        // No blob: the channel's value was never stored at this version (put only stores the
        // channels named in newVersions). An empty blob: the channel had no value then.
        if (blob && !isEmptyBlob(blob)) values.push([channel, await this.loadTyped(decodeTyped(blob))]);
      }
      // fromEntries defines own properties, so a channel named "__proto__" stays data.
      checkpoint.channel_values = Object.fromEntries(values);
      if (checkpoint.v < 4 && parentId !== undefined)
        await this.migratePendingSends(
          checkpoint,
          orderedWrites(replies[cursor++] as Record<string, Buffer>),
        );

      const pendingWrites: CheckpointPendingWrite[] = [];
      for (const write of writes)
        pendingWrites.push([write.taskId, write.channel, await this.loadTyped(write.value)]);
      const tuple: CheckpointTuple = {
        config: { configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: id } },
        checkpoint,
        metadata,
        pendingWrites,
      };
      if (parentId !== undefined)
        tuple.parentConfig = {
          configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: parentId },
        };
      tuples.push(tuple);
    }
    return tuples;
  }

  private async loadCheckpoints(
    threadId: string,
    ns: string,
    ids: readonly string[],
    filter: MetadataFilter | undefined,
  ): Promise<LoadedCheckpoint[]> {
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetallBuffer(this.keys.checkpoint(threadId, ns, id));
    const hashes = (await execAll(pipeline)) as Record<string, Buffer>[];
    const loaded: LoadedCheckpoint[] = [];
    for (const [i, hash] of hashes.entries()) {
      const id = ids[i];
      if (id === undefined || !hash.checkpoint || !hash.metadata) continue;
      const metadata = (await this.loadTyped(decodeTyped(hash.metadata))) as CheckpointMetadata;
      if (!matchesFilter(metadata, filter)) continue;
      const checkpoint = (await this.loadTyped(decodeTyped(hash.checkpoint))) as Checkpoint;
      loaded.push({ id, checkpoint, metadata, parentId: hash.parent?.toString('utf8') });
    }
    return loaded;
  }

  /**
   * Checkpoints before format v4 kept pending sends as TASKS writes on their parent; MemorySaver
   * moves them into a TASKS channel on read, and so do we.
   */
  private async migratePendingSends(checkpoint: Checkpoint, parentWrites: OrderedWrite[]): Promise<void> {
    const sends: unknown[] = [];
    for (const write of parentWrites)
      if (write.channel === TASKS) sends.push(await this.loadTyped(write.value));
    checkpoint.channel_values ??= {};
    checkpoint.channel_values[TASKS] = sends;
    checkpoint.channel_versions ??= {};
    const versions = Object.values(checkpoint.channel_versions);
    checkpoint.channel_versions[TASKS] =
      versions.length > 0 ? maxChannelVersion(...versions) : this.nextVersion();
  }
}
