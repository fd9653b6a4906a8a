import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import {
  Annotation,
  Command,
  END,
  getConfig,
  interrupt,
  MemorySaver,
  START,
  StateGraph,
} from '@langchain/langgraph';
import { isRunTree } from 'langsmith/run_trees';
import { afterEach, describe, expect, it } from 'vitest';
import { installUntracedRuns, uninstallUntracedRuns } from '../../../src/planner/untraced-runs.js';

const State = Annotation.Root({
  seen: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
});

/** Records, inside a node, what LangChain's context carries: the config and what carries it. */
function buildGraph() {
  let carrier: unknown;
  const graph = new StateGraph(State)
    .addNode('look', () => {
      carrier = AsyncLocalStorageProviderSingleton.getInstance().getStore();
      return { seen: [String(getConfig().configurable?.thread_id)] };
    })
    .addNode('ask', () => ({ seen: [interrupt<string, string>('which?')] }))
    .addEdge(START, 'look')
    .addEdge('look', 'ask')
    .addEdge('ask', END)
    .compile({ checkpointer: new MemorySaver() });
  return { graph, carrier: () => carrier };
}

async function run() {
  const { graph, carrier } = buildGraph();
  const config = { configurable: { thread_id: 'thread-1' } };
  await graph.invoke({ seen: [] }, config);
  const done = await graph.invoke(new Command({ resume: 'this one' }), config);
  return { seen: done.seen, carrier: carrier() };
}

afterEach(() => installUntracedRuns(true));

describe('untraced runs', () => {
  it('carry the config to nodes (getConfig, interrupt and resume) without building a RunTree', async () => {
    uninstallUntracedRuns();
    const stock = await run();
    expect(isRunTree(stock.carrier)).toBe(true);

    installUntracedRuns(true);
    const light = await run();
    expect(light.seen).toEqual(['thread-1', 'this one']);
    expect(light.seen).toEqual(stock.seen);
    expect(isRunTree(light.carrier)).toBe(false);
    expect(light.carrier).toMatchObject({ tracingEnabled: false });
  });
});
