import type { RealSourceSettings } from '../../tools/providers/real/real-sources.js';
import { createFrankfurterFake } from '../tools/providers/real/fakes/frankfurter-fake.js';
import { FAKE_DUFFEL_TOKEN } from '../tools/providers/sources/fakes/duffel-fake.js';
import { type FakeServer, startFakeServer } from '../tools/providers/sources/fakes/fake-server.js';
import { createOpenMeteoFake } from '../tools/providers/sources/fakes/open-meteo-fake.js';
import { createOsrmFake } from '../tools/providers/sources/fakes/osm-fake.js';
import { createDuffelScenario, type DuffelScenario } from './duffel-scenario-fake.js';
import { createNominatimScenario, createOverpassScenario } from './osm-scenario-fake.js';

/** The request the trip scenario's fakes can plan: every source has London and Paris. */
export const SCENARIO_REQUEST =
  '3 days from London to Paris, February 10-12 2027, 2 adults, budget $2,500, no driving and no taxis';

export interface TripWorldFakes {
  /** The Duffel stand-in's controls: fares, expiry and withdrawals between a plan and its watch. */
  duffel: DuffelScenario;
  servers: {
    duffel: FakeServer;
    nominatim: FakeServer;
    overpass: FakeServer;
    osrm: FakeServer;
    openMeteo: FakeServer;
    frankfurter: FakeServer;
  };
  /**
   * Settings that compose a world of real sources only, each pointed at its fake (every kind is
   * overridden, so nothing of the sandbox answers): spread into a child's env or loadConfig.
   */
  env: Record<string, string>;
  /** The same as tools-level settings, for building kinds without src/config.ts. */
  settings(overrides?: Partial<RealSourceSettings>): RealSourceSettings;
  close(): Promise<void>;
}

/**
 * One coherent little world for one trip (London ⇄ Paris, a few days, a small party) on loopback:
 * a Duffel that quotes offers from a timetable, OSM with both cities' places, Open-Meteo, OSRM and
 * Frankfurter as recorded (test/tools/providers/*\/fakes).
 */
export async function startTripWorldFakes(): Promise<TripWorldFakes> {
  const duffelScenario = createDuffelScenario();
  const started = await Promise.all([
    startFakeServer(duffelScenario.handle),
    startFakeServer(createNominatimScenario()),
    startFakeServer(createOverpassScenario()),
    startFakeServer(createOsrmFake()),
    startFakeServer(createOpenMeteoFake()),
    startFakeServer(createFrankfurterFake()),
  ]);
  const [duffel, nominatim, overpass, osrm, openMeteo, frankfurter] = started as [
    FakeServer,
    FakeServer,
    FakeServer,
    FakeServer,
    FakeServer,
    FakeServer,
  ];
  const contactEmail = 'tests@example.org';
  const env: Record<string, string> = {
    WORLD: 'sandbox',
    FLIGHTS: 'duffel',
    STAYS: 'duffel',
    PLACES: 'osm',
    GEO: 'osm',
    WEATHER: 'open-meteo',
    ROUTES: 'osrm',
    TRAINS: 'none',
    FX: 'ecb',
    FX_URL: frankfurter.url,
    DUFFEL_ACCESS_TOKEN: FAKE_DUFFEL_TOKEN,
    DUFFEL_BASE_URL: duffel.url,
    SOURCES_CONTACT_EMAIL: contactEmail,
    SOURCES_TIMEOUT_MS: '3000',
    NOMINATIM_URL: nominatim.url,
    OVERPASS_URL: overpass.url,
    OSRM_URL: osrm.url,
    OPEN_METEO_FORECAST_URL: openMeteo.url,
    OPEN_METEO_CLIMATE_URL: openMeteo.url,
  };
  return {
    duffel: duffelScenario,
    servers: { duffel, nominatim, overpass, osrm, openMeteo, frankfurter },
    env,
    settings: (overrides = {}) => ({
      duffelAccessToken: FAKE_DUFFEL_TOKEN,
      duffelBaseUrl: duffel.url,
      contactEmail,
      timeoutMs: 3000,
      nominatimUrl: nominatim.url,
      overpassUrl: overpass.url,
      osrmUrl: osrm.url,
      openMeteoForecastUrl: openMeteo.url,
      openMeteoClimateUrl: openMeteo.url,
      geo: 'osm',
      fx: 'ecb',
      fxUrl: frankfurter.url,
      today: () => new Date().toISOString().slice(0, 10),
      ...overrides,
    }),
    async close() {
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
