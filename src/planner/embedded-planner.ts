import { buildTripGraph, type TripGraph } from '../../graphs/trip-graph.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import type { Config } from '../config.js';
import { createModels } from '../models/model-factory.js';
import { createWorld } from '../world/create-world.js';
import { InMemoryJsonSerializer } from './in-memory-json-serde.js';
import { VersionedMemorySaver } from './versioned-memory-saver.js';

export interface EmbeddedPlanner {
  world: WorldProvider;
  graph: TripGraph;
}

/**
 * Everything in one process, no Redis: the configured world (the sandbox stands still without a
 * shared clock; `seed` overrides SANDBOX_SEED), the configured models, in-memory checkpoints.
 */
export function createEmbeddedPlanner(
  config: Config,
  options: { seed?: number; world?: WorldProvider } = {},
): EmbeddedPlanner {
  const world =
    options.world ??
    createWorld(options.seed === undefined ? config : { ...config, SANDBOX_SEED: options.seed });
  const models = createModels(config, world);
  const graph = buildTripGraph({
    world,
    models: models.defaults,
    modelChoices: models.choices,
    // Each channel value serialized once per version, as LangGraph's JsonPlus would write it,
    // without its replacer/reviver walk over plain trip state, and kept as text.
    checkpointer: new VersionedMemorySaver(new InMemoryJsonSerializer()),
    requestHorizonDays: config.REQUEST_HORIZON_DAYS,
  });
  return { world, graph };
}
