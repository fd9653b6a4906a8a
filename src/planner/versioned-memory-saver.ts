import type { RunnableConfig } from '@langchain/core/runnables';
import {
  BaseCheckpointSaver,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointTuple,
  JsonPlusSerializer,
  MemorySaver,
  type SerializerProtocol,
} from '@langchain/langgraph-checkpoint';
import { blobField } from '../checkpoint/checkpoint-codec.js';

/** A channel value as serialized, or null when the channel had no value at that version. */
type Blob = [type: string, bytes: Uint8Array] | null;

/**
 * A serializer that writes an object once within a step. A step's writes are serialized as
 * pending writes when each task ends, and moments later the checkpoint serializes the channels
 * they became: a LastValue channel's new value is the written object itself, so a 3-city plan's
 * option lists were written twice. The saver forgets what it wrote at every checkpoint, so the
 * bytes it reuses were taken within the step (LangGraph applies writes without changing them).
 */
class OncePerStepSerializer implements SerializerProtocol {
  private written = new WeakMap<object, Promise<[string, Uint8Array]>>();

  constructor(private readonly inner: SerializerProtocol) {}

  dumpsTyped(value: unknown): Promise<[string, Uint8Array]> {
    if (typeof value !== 'object' || value === null) return this.inner.dumpsTyped(value);
    let bytes = this.written.get(value);
    if (!bytes) {
      bytes = this.inner.dumpsTyped(value);
      this.written.set(value, bytes);
    }
    return bytes;
  }

  // biome-ignore lint/suspicious/noExplicitAny: the signature SerializerProtocol declares
  loadsTyped(type: string, data: Uint8Array | string): Promise<any> {
    return this.inner.loadsTyped(type, data);
  }

  forget(): void {
    this.written = new WeakMap();
  }
}

/**
 * MemorySaver that keeps each channel value once per version, as RedisCheckpointSaver does: a
 * checkpoint is stored without its values, and `put` serializes only the channels its
 * `newVersions` names. MemorySaver serializes every channel's value at every step, so a plan's
 * option lists and drafted days were written again at each of its ten checkpoints. A channel's
 * version changes whenever its value does (that is what LangGraph's versions are for), so a
 * (channel, version) pair names one value for the thread.
 */
export class VersionedMemorySaver extends MemorySaver {
  /** thread id → namespace → blobField(channel, version) → value. */
  private readonly blobs = new Map<string, Map<string, Map<string, Blob>>>();
  private readonly oncePerStep: OncePerStepSerializer;

  constructor(serde?: SerializerProtocol) {
    const oncePerStep = new OncePerStepSerializer(serde ?? new JsonPlusSerializer());
    super(oncePerStep);
    this.oncePerStep = oncePerStep;
  }

  override async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    // LangGraph always passes it; MemorySaver's signature leaves it out. Without it, every value.
    newVersions: ChannelVersions = checkpoint.channel_versions,
  ): Promise<RunnableConfig> {
    const threadId = config.configurable?.thread_id;
    // Without a thread MemorySaver throws its own error; nothing is stored.
    if (typeof threadId !== 'string') return super.put(config, checkpoint, metadata);
    const ns: string = config.configurable?.checkpoint_ns ?? '';
    const values = checkpoint.channel_values;
    // Serialized before anything awaits: the graph may change its state once put has begun.
    const pending = Object.entries(newVersions).map(([channel, version]) => {
      const value = Object.hasOwn(values, channel) ? values[channel] : undefined;
      const blob: Promise<Blob> = value === undefined ? Promise.resolve(null) : this.serde.dumpsTyped(value);
      return [blobField(channel, version), blob] as const;
    });
    // The step's bytes are taken: later steps serialize afresh whatever they write.
    this.oncePerStep.forget();
    const stored = super.put(config, { ...checkpoint, channel_values: {} }, metadata);
    const resolved = await Promise.all(pending.map(async ([field, blob]) => [field, await blob] as const));
    const namespaces = this.blobs.get(threadId) ?? new Map<string, Map<string, Blob>>();
    this.blobs.set(threadId, namespaces);
    const fields = namespaces.get(ns) ?? new Map<string, Blob>();
    namespaces.set(ns, fields);
    for (const [field, blob] of resolved) fields.set(field, blob);
    return stored;
  }

  override async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const tuple = await super.getTuple(config);
    return tuple && this.withValues(tuple);
  }

  override async *list(
    config: RunnableConfig,
    options?: CheckpointListOptions,
  ): AsyncGenerator<CheckpointTuple> {
    for await (const tuple of super.list(config, options)) yield await this.withValues(tuple);
  }

  override async deleteThread(threadId: string): Promise<void> {
    await super.deleteThread(threadId);
    this.blobs.delete(threadId);
  }

  // MemorySaver's own walk reads the values stored in each checkpoint, which this saver keeps
  // apart; LangGraph's generic walk reads them through getTuple.
  override getDeltaChannelHistory(
    options: Parameters<BaseCheckpointSaver['getDeltaChannelHistory']>[0],
  ): ReturnType<BaseCheckpointSaver['getDeltaChannelHistory']> {
    return BaseCheckpointSaver.prototype.getDeltaChannelHistory.call(this, options);
  }

  /** The tuple with its checkpoint's values read back at their versions. */
  private async withValues(tuple: CheckpointTuple): Promise<CheckpointTuple> {
    const { thread_id: threadId, checkpoint_ns: ns = '' } = tuple.config.configurable ?? {};
    const fields = this.blobs.get(threadId)?.get(ns);
    const checkpoint = tuple.checkpoint;
    const values: [string, unknown][] = [];
    for (const [channel, version] of Object.entries(checkpoint.channel_versions)) {
      const blob = fields?.get(blobField(channel, version));
      if (blob) values.push([channel, await this.serde.loadsTyped(blob[0], blob[1])]);
    }
    // What MemorySaver put there itself (pending sends of a v<4 checkpoint) stays; fromEntries
    // defines own properties, so a channel named "__proto__" stays data.
    checkpoint.channel_values = { ...Object.fromEntries(values), ...checkpoint.channel_values };
    return tuple;
  }
}
