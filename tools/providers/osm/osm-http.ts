import { createRateLimiter, type RateLimiter, type StartGate } from '../sources/http/rate-limiter.js';
import type { RetryPolicy, Sleep } from '../sources/http/retry-policy.js';
import type { SourceCache } from '../sources/http/source-cache.js';
import { sourceUserAgent } from '../sources/http/source-caller.js';
import { buildSourceHttp, type SourceHttp } from '../sources/http/source-http.js';
import { missingKeyError } from '../sources/source-error.js';

export interface OsmHttpSettings {
  baseUrl: string;
  /** Operator's contact for the User-Agent; the public instances' policies require one. */
  contactEmail: string | undefined;
  cache?: SourceCache;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: Sleep;
  /** Overrides the service's default limits (tests; an own instance can take more). */
  limiter?: RateLimiter;
  /**
   * Keeps the default spacing across processes (createRedisStartGate); without it each process
   * keeps its own, so N workers may send N requests a second.
   */
  startGate?: (source: string, minIntervalMs: number) => StartGate;
}

const PUBLIC_HOSTS = [
  'nominatim.openstreetmap.org',
  'photon.komoot.io',
  'overpass-api.de',
  'router.project-osrm.org',
];

function build(
  source: string,
  settings: OsmHttpSettings,
  limits: { maxConcurrent: number; minIntervalMs: number },
  timeoutMs: number,
): SourceHttp {
  const host = new URL(settings.baseUrl).hostname;
  if (PUBLIC_HOSTS.includes(host) && !settings.contactEmail)
    throw missingKeyError(
      source,
      'SOURCES_CONTACT_EMAIL',
      `the public ${host} asks every client for a User-Agent with a contact; set it or point ${source} at your own instance`,
    );
  return buildSourceHttp({
    source,
    baseUrl: settings.baseUrl,
    userAgent: sourceUserAgent(settings.contactEmail),
    cache: settings.cache,
    timeoutMs: settings.timeoutMs ?? timeoutMs,
    retry: settings.retry,
    sleep: settings.sleep,
    limiter:
      settings.limiter ??
      createRateLimiter({
        ...limits,
        gate: limits.minIntervalMs > 0 ? settings.startGate?.(source, limits.minIntervalMs) : undefined,
        sleep: settings.sleep,
      }),
  });
}

/** Nominatim's usage policy: at most one request per second, one at a time. */
export function nominatimHttp(settings: OsmHttpSettings): SourceHttp {
  return build('nominatim', settings, { maxConcurrent: 1, minIntervalMs: 1000 }, 10_000);
}

/** Photon asks for fair use; two at a time keeps us polite without Nominatim's one-per-second rule. */
export function photonHttp(settings: OsmHttpSettings): SourceHttp {
  return build('photon', settings, { maxConcurrent: 2, minIntervalMs: 0 }, 10_000);
}

/** Overpass gives each client two slots; queries take seconds. */
export function overpassHttp(settings: OsmHttpSettings): SourceHttp {
  return build('overpass', settings, { maxConcurrent: 2, minIntervalMs: 0 }, 30_000);
}

/** The public OSRM demo server is for light use: keep to one request per second. */
export function osrmHttp(settings: OsmHttpSettings): SourceHttp {
  return build('osrm', settings, { maxConcurrent: 1, minIntervalMs: 1000 }, 10_000);
}
