import { createFrankfurterFake } from '../tools/providers/real/fakes/frankfurter-fake.js';
import { createOpenMeteoFake } from '../tools/providers/sources/fakes/open-meteo-fake.js';
import { createOsrmFake } from '../tools/providers/sources/fakes/osm-fake.js';
import { createDuffelScenario, type DuffelScenario } from './duffel-scenario-fake.js';
import { createNominatimScenario, createOverpassScenario } from './osm-scenario-fake.js';
import {
  type FakeSources,
  type RealSourceServers,
  realSourceEnv,
  realSourceSettings,
  startFakeServers,
} from './real-source-servers.js';

/** The request the trip scenario's fakes can plan: every source has London and Paris. */
export const SCENARIO_REQUEST =
  '3 days from London to Paris, February 10-12 2027, 2 adults, budget $2,500, no driving and no taxis';

/** Fakes for every kind a world of real sources only needs (no Photon), so nothing of the sandbox answers. */
export interface TripWorldFakes extends FakeSources<Omit<RealSourceServers, 'photon'>> {
  /** The Duffel stand-in's controls: fares, expiry and withdrawals between a plan and its watch. */
  duffel: DuffelScenario;
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
