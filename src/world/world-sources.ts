import type { Logger } from 'pino';
import { realKinds } from '../../tools/providers/real/real-kinds.js';
import type { Attribution } from '../../tools/providers/sources/source-common.schema.js';
import type { WorldKinds } from '../../tools/providers/world/world-kinds.js';
import type { RedisClient } from '../runtime/redis-client.js';
import { type RealSourceConfig, realSources } from './real-source-settings.js';

/**
 * The settings of src/config.ts that sources read, typed here rather than imported (config.ts
 * checks source names against this file); createWorld passes the whole Config. A source that
 * needs another setting adds it here.
 */
export interface WorldSourceConfig extends RealSourceConfig {
  SANDBOX_SEED: number;
  REDIS_PREFIX: string;
}

/** What a source's factory gets: the deployment's settings and what its sources may share. */
export interface WorldSourceContext {
  config: WorldSourceConfig;
  /** The deployment's Redis, when there is one: source caches and cross-process rate gates. */
  redis?: RedisClient;
  /** The sandbox's kinds (seed SANDBOX_SEED, on the deployment's world clock when there is one). */
  sandbox: WorldKinds;
  logger?: Logger;
  /**
   * One value per key for the whole world being built, so the kinds of one service (Duffel's
   * flights and stays, OSM's places and routes) share one client, cache and rate limit.
   */
  shared<T>(key: string, build: () => T): T;
}

/** One kind from one source, with the credits its answers must carry (open data: its licence). */
export interface SourcedKind<K> {
  kind: K;
  attributions?: readonly Attribution[];
}

export type KindName = Exclude<keyof WorldKinds, 'attributions'>;
export type KindFactory<K extends KindName> = (ctx: WorldSourceContext) => SourcedKind<WorldKinds[K]>;

/**
 * Every source the planner can use, per kind: source name → factory. Adding a source is one line
 * here (its factory in tools/providers/<name>/); src/config.ts accepts exactly these names.
 * Nothing is built until a deployment's settings name it.
 */
export const KIND_SOURCES: { readonly [K in KindName]: Readonly<Record<string, KindFactory<K>>> } = {
  gazetteer: {
    sandbox: (ctx) => ({ kind: ctx.sandbox.gazetteer }),
    osm: (ctx) => realKinds.gazetteer(realSources(ctx)),
    photon: (ctx) => realKinds.gazetteer(realSources(ctx)),
  },
  flights: {
    sandbox: (ctx) => ({ kind: ctx.sandbox.flights }),
    duffel: (ctx) => realKinds.duffelFlights(realSources(ctx)),
  },
  trains: {
    sandbox: (ctx) => ({ kind: ctx.sandbox.trains }),
    none: () => realKinds.noTrains(),
  },
  ground: {
    sandbox: (ctx) => ({ kind: ctx.sandbox.ground }),
    osrm: (ctx) => realKinds.osrmGround(realSources(ctx)),
  },
  stays: {
    sandbox: (ctx) => ({ kind: ctx.sandbox.stays }),
    duffel: (ctx) => realKinds.duffelStays(realSources(ctx)),
  },
  restaurants: {
    sandbox: (ctx) => ({ kind: ctx.sandbox.restaurants }),
    osm: (ctx) => realKinds.osmRestaurants(realSources(ctx)),
  },
  sights: {
    sandbox: (ctx) => ({ kind: ctx.sandbox.sights }),
    osm: (ctx) => realKinds.osmSights(realSources(ctx)),
  },
  weather: {
    sandbox: (ctx) => ({ kind: ctx.sandbox.weather }),
    'open-meteo': (ctx) => realKinds.openMeteoWeather(realSources(ctx)),
  },
};

/** Whole worlds (WORLD): what every kind comes from unless a per-kind setting overrides it. */
export const WHOLE_WORLDS: Readonly<
  Record<string, (ctx: WorldSourceContext) => { name: string; kinds: WorldKinds }>
> = {
  sandbox: (ctx) => ({ name: `sandbox(seed=${ctx.config.SANDBOX_SEED})`, kinds: ctx.sandbox }),
};

/** The per-kind settings and the kinds each one chooses the source of (PLACES: sights and restaurants). */
export const KIND_SETTINGS = {
  FLIGHTS: ['flights'],
  TRAINS: ['trains'],
  ROUTES: ['ground'],
  STAYS: ['stays'],
  PLACES: ['sights', 'restaurants'],
  WEATHER: ['weather'],
  GEO: ['gazetteer'],
} as const satisfies Record<string, readonly KindName[]>;
export type KindSetting = keyof typeof KIND_SETTINGS;

/** The source names a setting accepts: those registered for every kind it chooses. */
export function sourceNames(setting: KindSetting | 'WORLD'): string[] {
  if (setting === 'WORLD') return Object.keys(WHOLE_WORLDS);
  const [first, ...rest] = KIND_SETTINGS[setting];
  return Object.keys(KIND_SOURCES[first]).filter((name) => rest.every((kind) => name in KIND_SOURCES[kind]));
}
