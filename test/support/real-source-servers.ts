import type { RealSourceSettings } from '../../tools/providers/real/real-sources.js';
import { FAKE_DUFFEL_TOKEN } from '../tools/providers/sources/fakes/duffel-fake.js';
import {
  type FakeHandler,
  type FakeServer,
  startFakeServer,
} from '../tools/providers/sources/fakes/fake-server.js';

/** The loopback fakes a world of real sources is pointed at (Photon only when a test wants it). */
export interface RealSourceServers {
  duffel: FakeServer;
  nominatim: FakeServer;
  photon?: FakeServer;
  overpass: FakeServer;
  osrm: FakeServer;
  openMeteo: FakeServer;
  frankfurter: FakeServer;
}

/** Fakes that stand in for real sources, and how to point a world (env or settings) at them. */
export interface FakeSources<S extends RealSourceServers> {
  /** Every fake server by the service it stands in for (script errors on them: `fakes.servers.duffel.script(…)`). */
  servers: S;
  /** `realSourceEnv` of the servers: spread into `loadConfig({...process.env, ...fakes.env})` or a child's env. */
  env: Record<string, string>;
  /** The same as tools-level settings, for building kinds without src/config.ts. */
  settings(overrides?: Partial<RealSourceSettings>): RealSourceSettings;
  close(): Promise<void>;
}

const CONTACT_EMAIL = 'tests@example.org';
const TIMEOUT_MS = 3000;

/**
 * Starts one fake server per handler, named as the handlers are; `close` stops them all.
 * Shared by the real-source and trip-world fakes so both start and stop the same way.
 */
export async function startFakeServers<K extends string>(
  handlers: Record<K, FakeHandler>,
): Promise<{ servers: Record<K, FakeServer>; close(): Promise<void> }> {
  const names = Object.keys(handlers) as K[];
  const started = await Promise.all(names.map((name) => startFakeServer(handlers[name])));
  const servers = Object.fromEntries(names.map((name, i) => [name, started[i]])) as Record<K, FakeServer>;
  return {
    servers,
    async close() {
      await Promise.all(started.map((s) => s.close()));
    },
  };
}

/**
 * The environment that points every real source at the fakes and composes a world of them
 * (FLIGHTS=duffel STAYS=duffel PLACES=osm GEO=osm WEATHER=open-meteo ROUTES=osrm TRAINS=none
 * FX=ecb): spread it into `loadConfig({...process.env, ...env})` or a child's env.
 */
export function realSourceEnv(servers: RealSourceServers): Record<string, string> {
  return {
    WORLD: 'sandbox',
    FLIGHTS: 'duffel',
    STAYS: 'duffel',
    PLACES: 'osm',
    GEO: 'osm',
    WEATHER: 'open-meteo',
    ROUTES: 'osrm',
    TRAINS: 'none',
    FX: 'ecb',
    FX_URL: servers.frankfurter.url,
    DUFFEL_ACCESS_TOKEN: FAKE_DUFFEL_TOKEN,
    DUFFEL_BASE_URL: servers.duffel.url,
    SOURCES_CONTACT_EMAIL: CONTACT_EMAIL,
    SOURCES_TIMEOUT_MS: String(TIMEOUT_MS),
    NOMINATIM_URL: servers.nominatim.url,
    ...(servers.photon ? { PHOTON_URL: servers.photon.url } : {}),
    OVERPASS_URL: servers.overpass.url,
    OSRM_URL: servers.osrm.url,
    OPEN_METEO_FORECAST_URL: servers.openMeteo.url,
    OPEN_METEO_CLIMATE_URL: servers.openMeteo.url,
  };
}

/** The same as `realSourceEnv`, as tools-level settings for building kinds without src/config.ts. */
export function realSourceSettings(
  servers: RealSourceServers,
  today: () => string,
  overrides: Partial<RealSourceSettings> = {},
): RealSourceSettings {
  return {
    duffelAccessToken: FAKE_DUFFEL_TOKEN,
    duffelBaseUrl: servers.duffel.url,
    contactEmail: CONTACT_EMAIL,
    timeoutMs: TIMEOUT_MS,
    nominatimUrl: servers.nominatim.url,
    ...(servers.photon ? { photonUrl: servers.photon.url } : {}),
    overpassUrl: servers.overpass.url,
    osrmUrl: servers.osrm.url,
    openMeteoForecastUrl: servers.openMeteo.url,
    openMeteoClimateUrl: servers.openMeteo.url,
    geo: 'osm',
    fx: 'ecb',
    fxUrl: servers.frankfurter.url,
    today,
    ...overrides,
  };
}
