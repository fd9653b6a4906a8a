import type { IsoDate } from '../../domain/common.schema.js';
import { DUFFEL_ATTRIBUTION } from '../duffel/duffel-attribution.js';
import { createDuffelClient } from '../duffel/duffel-call.js';
import { createDuffelFlights } from '../duffel/duffel-flights.js';
import { createDuffelStays } from '../duffel/duffel-stays.js';
import { createFrankfurterRates } from '../fx/frankfurter-rates.js';
import { createBuiltinRates, type FxRates, withBuiltinFallback } from '../fx/fx-rates.js';
import { createOpenMeteoWeather, OPEN_METEO_ATTRIBUTION } from '../open-meteo/open-meteo-weather.js';
import { createNominatimGeocoding } from '../osm/nominatim-geocoding.js';
import { OSM_ATTRIBUTION } from '../osm/osm-attribution.js';
import { nominatimHttp, type OsmHttpSettings, osrmHttp, overpassHttp, photonHttp } from '../osm/osm-http.js';
import { createOsrmRoutes } from '../osm/osrm-routes.js';
import { createOverpassPlaces } from '../osm/overpass-places.js';
import { createPhotonGeocoding } from '../osm/photon-geocoding.js';
import type { GeocodingSource } from '../sources/geocoding.source.js';
import { createRateLimiter, type StartGate } from '../sources/http/rate-limiter.js';
import type { SourceCache } from '../sources/http/source-cache.js';
import { createSourceCaller, sourceUserAgent } from '../sources/http/source-caller.js';
import { buildSourceHttp } from '../sources/http/source-http.js';
import type { Attribution } from '../sources/source-common.schema.js';
import { type CityLocator, createCityLocator } from './city-locator.js';

/**
 * What the real sources need from the deployment, as src/config.ts reads it (tools never read the
 * environment). One `RealSources` per process: its sources share caches, rate limits and FX.
 */
export interface RealSourceSettings {
  duffelAccessToken: string | undefined;
  duffelBaseUrl?: string;
  /** SOURCES_CONTACT_EMAIL: the User-Agent contact the public OSM instances require. */
  contactEmail: string | undefined;
  timeoutMs?: number;
  nominatimUrl: string;
  photonUrl?: string;
  overpassUrl: string;
  osrmUrl: string;
  openMeteoForecastUrl: string;
  openMeteoClimateUrl: string;
  /** GEO: where city points come from; "table" (the default) uses the gazetteer's coordinates. */
  geo?: 'osm' | 'photon' | 'table';
  /** FX: "ecb" (Frankfurter, falling back to the built-in table) or "builtin". */
  fx: 'ecb' | 'builtin';
  fxUrl: string;
  /** Redis-backed in deployments; absent, every answer is asked for anew. */
  cache?: SourceCache;
  /** Keeps Nominatim's and OSRM's one-a-second across processes (createRedisStartGate). */
  startGate?: (source: string, minIntervalMs: number) => StartGate;
  /** Decides forecast vs climate for weather. */
  today: () => IsoDate;
}

/** The assembled sources, built on first use (a missing key fails only the kind that needs it). */
export interface RealSources {
  readonly settings: RealSourceSettings;
  locator(): CityLocator;
  fx(): FxRates;
  duffel(): { flights: ReturnType<typeof createDuffelFlights>; stays: ReturnType<typeof createDuffelStays> };
  overpass(): ReturnType<typeof createOverpassPlaces>;
  osrm(): ReturnType<typeof createOsrmRoutes>;
  openMeteo(): ReturnType<typeof createOpenMeteoWeather>;
}

/** The shared public servers whose usage policies limit us (see osm-http.ts). */
const PUBLIC_OSM_HOSTS: ReadonlySet<string> = new Set([
  'nominatim.openstreetmap.org',
  'photon.komoot.io',
  'overpass-api.de',
  'router.project-osrm.org',
]);
/** Requests at a time to a self-hosted OSM service. */
const OWN_INSTANCE_CONCURRENCY = 4;

export const ECB_ATTRIBUTION: Attribution = {
  source: 'ecb',
  text: 'Exchange rates: European Central Bank reference rates via Frankfurter',
  licence: null,
  url: 'https://frankfurter.dev/',
};

/** Credits per source family, for the world's attribution footer. */
export const REAL_ATTRIBUTIONS = {
  duffel: DUFFEL_ATTRIBUTION,
  osm: OSM_ATTRIBUTION,
  openMeteo: OPEN_METEO_ATTRIBUTION,
  ecb: ECB_ATTRIBUTION,
} as const;

export function createRealSources(settings: RealSourceSettings): RealSources {
  const once = <T>(build: () => T): (() => T) => {
    let built: { value: T } | undefined;
    return () => {
      built ??= { value: build() };
      return built.value;
    };
  };
  const osm = (baseUrl: string): OsmHttpSettings => ({
    baseUrl,
    contactEmail: settings.contactEmail,
    cache: settings.cache,
    timeoutMs: settings.timeoutMs,
    startGate: settings.startGate,
    // The public instances' policies (one a second to Nominatim and OSRM) are kept by osm-http;
    // an own instance (or a loopback fake) is the operator's to load.
    limiter: PUBLIC_OSM_HOSTS.has(new URL(baseUrl).hostname)
      ? undefined
      : createRateLimiter({ maxConcurrent: OWN_INSTANCE_CONCURRENCY, minIntervalMs: 0 }),
  });
  const http = (source: string, baseUrl: string) =>
    buildSourceHttp({
      source,
      baseUrl,
      userAgent: sourceUserAgent(settings.contactEmail),
      timeoutMs: settings.timeoutMs,
      cache: settings.cache,
    });

  const geocoder = (): GeocodingSource | undefined => {
    if (settings.geo === 'osm') return createNominatimGeocoding(nominatimHttp(osm(settings.nominatimUrl)));
    if (settings.geo === 'photon') {
      if (!settings.photonUrl) throw new RangeError('GEO=photon needs PHOTON_URL (the Photon server to ask)');
      return createPhotonGeocoding(photonHttp(osm(settings.photonUrl)));
    }
    return undefined;
  };

  return {
    settings,
    locator: once(() => createCityLocator({ geocoding: geocoder() })),
    fx: once(() =>
      settings.fx === 'builtin'
        ? createBuiltinRates()
        : withBuiltinFallback(createFrankfurterRates({ http: http('frankfurter', settings.fxUrl) })),
    ),
    duffel: once(() => {
      const client = createDuffelClient({
        accessToken: settings.duffelAccessToken,
        baseUrl: settings.duffelBaseUrl,
      });
      // Offer requests wait on airlines (Duffel's supplier timeout is 20 s): give them that and more.
      const caller = createSourceCaller({
        source: 'duffel',
        timeoutMs: Math.max(settings.timeoutMs ?? 10_000, 30_000),
      });
      return {
        flights: createDuffelFlights({ client, caller, cache: settings.cache }),
        stays: createDuffelStays({ client, caller, cache: settings.cache }),
      };
    }),
    overpass: once(() => createOverpassPlaces(overpassHttp(osm(settings.overpassUrl)))),
    osrm: once(() => createOsrmRoutes(osrmHttp(osm(settings.osrmUrl)))),
    openMeteo: once(() =>
      createOpenMeteoWeather({
        forecast: http('open-meteo', settings.openMeteoForecastUrl),
        climate: http('open-meteo-climate', settings.openMeteoClimateUrl),
        today: settings.today,
      }),
    ),
  };
}
