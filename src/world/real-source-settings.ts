import type { Redis } from 'ioredis';
import type { RealSources } from '../../tools/providers/real/real-sources.js';
import { createRealSources, type RealSourceSettings } from '../../tools/providers/real/real-sources.js';
import { createRedisStartGate } from '../../tools/providers/sources/http/redis-start-gate.js';
import {
  createMemorySourceCache,
  createRedisSourceCache,
} from '../../tools/providers/sources/http/source-cache.js';
import type { RedisClient } from '../runtime/redis-client.js';

/**
 * The settings of src/config.ts the real sources read (typed here rather than imported: config.ts
 * checks source names against world-sources.ts, which registers these factories).
 */
export interface RealSourceConfig {
  REDIS_PREFIX: string;
  DUFFEL_ACCESS_TOKEN?: string | undefined;
  DUFFEL_BASE_URL: string;
  SOURCES_CONTACT_EMAIL?: string | undefined;
  SOURCES_TIMEOUT_MS: number;
  NOMINATIM_URL: string;
  PHOTON_URL?: string | undefined;
  OVERPASS_URL: string;
  OSRM_URL: string;
  OPEN_METEO_FORECAST_URL: string;
  OPEN_METEO_CLIMATE_URL: string;
  FX: 'ecb' | 'builtin';
  FX_URL: string;
  /** GEO: osm | photon put city points from that geocoder; anything else keeps the table's. */
  GEO?: string | undefined;
}

/** What the real sources need of a world being built (a WorldSourceContext, without importing it back). */
export interface RealSourceContext {
  config: RealSourceConfig;
  redis?: RedisClient;
  shared<T>(key: string, build: () => T): T;
}

/** Where city points come from: the GEO setting when it names a geocoder, else the table. */
function geoOf(config: RealSourceConfig): RealSourceSettings['geo'] {
  return config.GEO === 'osm' || config.GEO === 'photon' ? config.GEO : 'table';
}

/** The real sources' settings from the deployment's config (src/config.ts is the only reader of the environment). */
export function realSourceSettings(ctx: Pick<RealSourceContext, 'config' | 'redis'>): RealSourceSettings {
  const { config } = ctx;
  // The cache and the start gate use GET/SET/EVAL on one key each: fine on a single server or a cluster.
  const redis = ctx.redis as Redis | undefined;
  const prefix = `${config.REDIS_PREFIX}sources:`;
  return {
    duffelAccessToken: config.DUFFEL_ACCESS_TOKEN,
    duffelBaseUrl: config.DUFFEL_BASE_URL,
    contactEmail: config.SOURCES_CONTACT_EMAIL,
    timeoutMs: config.SOURCES_TIMEOUT_MS,
    nominatimUrl: config.NOMINATIM_URL,
    photonUrl: config.PHOTON_URL,
    overpassUrl: config.OVERPASS_URL,
    osrmUrl: config.OSRM_URL,
    openMeteoForecastUrl: config.OPEN_METEO_FORECAST_URL,
    openMeteoClimateUrl: config.OPEN_METEO_CLIMATE_URL,
    geo: geoOf(config),
    fx: config.FX,
    fxUrl: config.FX_URL,
    // Without Redis (the embedded CLI: one plan per process) answers are kept in the process, so a
    // plan's agents and validator asking the same thing do not each reach the service.
    cache: redis ? createRedisSourceCache(redis, prefix) : createMemorySourceCache(),
    startGate: redis
      ? (source, minIntervalMs) => createRedisStartGate(redis, `${prefix}gate:${source}`, minIntervalMs)
      : undefined,
    // Forecast or climate is decided by the day the world is asked on.
    today: () => new Date().toISOString().slice(0, 10),
  };
}

/** One RealSources per composed world: Duffel's flights and stays, OSM's places and routes share clients and limits. */
export function realSources(ctx: RealSourceContext): RealSources {
  return ctx.shared('real-sources', () => createRealSources(realSourceSettings(ctx)));
}
