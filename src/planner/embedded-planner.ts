import { MemorySaver } from '@langchain/langgraph';
import { buildTripGraph, type TripGraph } from '../../graphs/trip-graph.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import { PlainJsonSerializer } from '../checkpoint/plain-json-serde.js';
import type { Config } from '../config.js';
import { createModels } from '../models/model-factory.js';

export interface EmbeddedPlanner {
  world: WorldProvider;
  graph: TripGraph;
}

/** Everything in one process, no Redis: the sandbox world, the configured models, in-memory checkpoints. */
export function createEmbeddedPlanner(
  config: Config,
  options: { seed?: number; world?: WorldProvider } = {},
): EmbeddedPlanner {
  const world = options.world ?? createSandboxWorld({ seed: options.seed ?? config.SANDBOX_SEED });
  const models = createModels(config, world);
  const graph = buildTripGraph({
    world,
    models: models.defaults,
    modelChoices: models.choices,
    // LangGraph's JsonPlus byte for byte, without its replacer/reviver walk over plain trip state.
    checkpointer: new MemorySaver(new PlainJsonSerializer()),
    requestHorizonDays: config.REQUEST_HORIZON_DAYS,
  });
  return { world, graph };
}
