import type { SerializerProtocol } from '@langchain/langgraph-checkpoint';

type Typed = [string, Uint8Array];

/** Steps whose checkpoint never came (a question asked, a step that threw) are forgotten past this. */
const MAX_OPEN_STEPS = 256;

/**
 * A step's values serialized once. A task's writes are serialized when it ends (`putWrites`), and
 * moments later the step's checkpoint serializes the channels they became: a LastValue channel's
 * new value is the written object itself, so a 3-city plan's option lists were serialized twice
 * per step. Writes belong to the checkpoint the step started from, and the next checkpoint names
 * that one as its parent: the put takes the bytes its parent's writes made, then the step is
 * forgotten. Keyed per step, so concurrent threads never evict each other's bytes. Safe because
 * LangGraph applies a write's value to its channel without changing it, and a node never changes
 * what it returned.
 */
export class StepBytes {
  private readonly steps = new Map<string, WeakMap<object, Promise<Typed>>>();

  constructor(private readonly serde: SerializerProtocol) {}

  /** `value` serialized, or the bytes it already has in the step `step` names. */
  dumps(step: string, value: unknown): Promise<Typed> {
    if (typeof value !== 'object' || value === null) return this.serde.dumpsTyped(value);
    let values = this.steps.get(step);
    if (values === undefined) {
      values = new WeakMap();
      this.steps.set(step, values);
      if (this.steps.size > MAX_OPEN_STEPS) this.steps.delete(this.steps.keys().next().value as string);
    }
    let bytes = values.get(value);
    if (bytes === undefined) {
      bytes = this.serde.dumpsTyped(value);
      values.set(value, bytes);
    }
    return bytes;
  }

  /** The step has its checkpoint: its bytes are not asked for again. */
  forget(step: string): void {
    this.steps.delete(step);
  }
}

/** The step that starts from checkpoint `checkpointId` of a thread's namespace. */
export function stepKey(threadId: string, ns: string, checkpointId: string): string {
  return `${threadId}\u0000${ns}\u0000${checkpointId}`;
}
