import type { Logger } from 'pino';
import { createSandboxKinds } from '../../tools/providers/sandbox/sandbox-world.js';
import type { Attribution } from '../../tools/providers/sources/source-common.schema.js';
import { composeWorld } from '../../tools/providers/world/compose-world.js';
import type { WorldKinds } from '../../tools/providers/world/world-kinds.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import type { WorldTimeline } from '../../tools/providers/world-timeline.js';
import type { Config } from '../config.js';
import type { RedisClient } from '../runtime/redis-client.js';
import { createRedisWorldTimeline } from './redis-timeline.js';
import {
  KIND_SETTINGS,
  KIND_SOURCES,
  type KindName,
  type KindSetting,
  type SourcedKind,
  WHOLE_WORLDS,
  type WorldSourceContext,
} from './world-sources.js';

export interface CreateWorldOptions {
  /** The deployment's Redis: the sandbox's shared clock, and the real sources' caches and rate gates. */
  redis?: RedisClient;
  /**
   * The sandbox's clock. @default the clock in Redis (`npm run world`) when `redis` is given,
   * else none: the sandbox stands still.
   */
  timeline?: WorldTimeline;
  logger?: Logger;
  /** The registries to build from. @default those of src/world/world-sources.ts (tests add fakes) */
  sources?: { kinds: typeof KIND_SOURCES; worlds: typeof WHOLE_WORLDS };
}

/** The settings that choose a kind's source, in the order a world's name lists them. */
const SETTINGS = Object.keys(KIND_SETTINGS) as KindSetting[];

/**
 * The one place a deployment's world is put together (WORLD and the per-kind settings, checked
 * by src/config.ts): every kind from the WORLD, except those a per-kind setting names another
 * source for. Its name says what is mixed: "sandbox(seed=1)" when nothing is overridden, else
 * e.g. "flights=duffel places=osm rest=sandbox(seed=1)".
 */
export function createWorld(config: Config, options: CreateWorldOptions = {}): WorldProvider {
  const timeline =
    options.timeline ??
    (options.redis
      ? createRedisWorldTimeline({ redis: options.redis, prefix: config.REDIS_PREFIX })
      : undefined);
  const shared = new Map<string, unknown>();
  const ctx: WorldSourceContext = {
    config,
    redis: options.redis,
    sandbox: createSandboxKinds({ seed: config.SANDBOX_SEED, timeline }),
    logger: options.logger,
    shared<T>(key: string, build: () => T): T {
      if (!shared.has(key)) shared.set(key, build());
      return shared.get(key) as T;
    },
  };
  const registry = options.sources ?? { kinds: KIND_SOURCES, worlds: WHOLE_WORLDS };
  const whole = lookup(registry.worlds, config.WORLD, 'WORLD')(ctx);
  const kinds: WorldKinds = { ...whole.kinds };
  const attributions: Attribution[] = [...(whole.kinds.attributions ?? [])];
  const mixed: string[] = [];
  const overridden = new Set<KindName>();
  for (const setting of SETTINGS) {
    const source = config[setting];
    if (source === undefined || source === config.WORLD) continue;
    mixed.push(`${setting.toLowerCase()}=${source}`);
    for (const kind of KIND_SETTINGS[setting]) {
      const sourced = build(registry.kinds, kind, source, setting, ctx);
      Object.assign(kinds, { [kind]: sourced.kind });
      attributions.push(...(sourced.attributions ?? []));
      overridden.add(kind);
    }
  }
  if (overridden.size < Object.keys(registry.kinds).length && mixed.length > 0)
    mixed.push(`rest=${whole.name}`);
  const name = mixed.length === 0 ? whole.name : mixed.join(' ');
  return composeWorld(name, { ...kinds, attributions: uniqueAttributions(attributions) });
}

function build<K extends KindName>(
  kinds: typeof KIND_SOURCES,
  kind: K,
  source: string,
  setting: KindSetting,
  ctx: WorldSourceContext,
): SourcedKind<WorldKinds[K]> {
  return lookup(kinds[kind], source, setting)(ctx);
}

/** Config has checked the names; a miss here is a registry out of step with it, said plainly. */
function lookup<T>(registry: Readonly<Record<string, T>>, name: string, setting: string): T {
  if (!Object.hasOwn(registry, name)) {
    throw new RangeError(`${setting}=${name}: no such source (known: ${Object.keys(registry).join(', ')})`);
  }
  return registry[name]!;
}

/** One credit per source and text: several kinds of one service credit it once. */
function uniqueAttributions(list: readonly Attribution[]): Attribution[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = `${a.source}\n${a.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
