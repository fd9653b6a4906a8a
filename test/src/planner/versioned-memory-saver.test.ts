import { Annotation, END, START, StateGraph } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { PlainJsonSerializer } from '../../../src/checkpoint/plain-json-serde.js';
import { VersionedMemorySaver } from '../../../src/planner/versioned-memory-saver.js';

/** PlainJsonSerializer that counts how often it writes each object. */
class CountingSerializer extends PlainJsonSerializer {
  readonly writes = new Map<unknown, number>();

  override dumpsTyped(value: unknown): Promise<[string, Uint8Array]> {
    this.writes.set(value, (this.writes.get(value) ?? 0) + 1);
    return super.dumpsTyped(value);
  }
}

const State = Annotation.Root({ options: Annotation<{ price: number }[]> });

describe('VersionedMemorySaver', () => {
  it("writes a step's output once: as the pending write and as the channel it became", async () => {
    const serde = new CountingSerializer();
    const options = [{ price: 120 }, { price: 95 }];
    const graph = new StateGraph(State)
      .addNode('search', () => ({ options }))
      .addEdge(START, 'search')
      .addEdge('search', END)
      .compile({ checkpointer: new VersionedMemorySaver(serde) });
    const config = { configurable: { thread_id: 'once' } };
    await graph.invoke({ options: [] }, config);

    expect(serde.writes.get(options)).toBe(1);
    expect((await graph.getState(config)).values.options).toEqual(options);
  });

  it('writes an object again in a later step, as it is then', async () => {
    const serde = new CountingSerializer();
    const options = [{ price: 120 }];
    const graph = new StateGraph(State)
      .addNode('search', () => ({ options }))
      // A node that changes the object in place (a bug LangGraph does not stop) and writes it again.
      .addNode('reprice', () => {
        options[0] = { price: 80 };
        return { options };
      })
      .addEdge(START, 'search')
      .addEdge('search', 'reprice')
      .addEdge('reprice', END)
      .compile({ checkpointer: new VersionedMemorySaver(serde) });
    const config = { configurable: { thread_id: 'later' } };
    await graph.invoke({ options: [] }, config);

    expect(serde.writes.get(options)).toBe(2);
    expect((await graph.getState(config)).values.options).toEqual([{ price: 80 }]);
  });
});
