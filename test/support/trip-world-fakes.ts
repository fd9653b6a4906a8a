import type { RealSourceSettings } from '../../tools/providers/real/real-sources.js';
import { createFrankfurterFake } from '../tools/providers/real/fakes/frankfurter-fake.js';
import type { FakeServer } from '../tools/providers/sources/fakes/fake-server.js';
import { createOpenMeteoFake } from '../tools/providers/sources/fakes/open-meteo-fake.js';
import { createOsrmFake } from '../tools/providers/sources/fakes/osm-fake.js';
import { createDuffelScenario, type DuffelScenario } from './duffel-scenario-fake.js';
import { createNominatimScenario, createOverpassScenario } from './osm-scenario-fake.js';
import { realSourceEnv, realSourceSettings, startFakeServers } from './real-source-servers.js';

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
  const { servers, close } = await startFakeServers({
    duffel: duffelScenario.handle,
    nominatim: createNominatimScenario(),
    overpass: createOverpassScenario(),
    osrm: createOsrmFake(),
    openMeteo: createOpenMeteoFake(),
    frankfurter: createFrankfurterFake(),
  });
  return {
    duffel: duffelScenario,
    servers,
    env: realSourceEnv(servers),
    settings: (overrides = {}) =>
      realSourceSettings(servers, () => new Date().toISOString().slice(0, 10), overrides),
    close,
  };
}
