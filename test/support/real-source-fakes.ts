import type { IsoDate } from '../../tools/domain/common.schema.js';
import type { RealSourceSettings } from '../../tools/providers/real/real-sources.js';
import { createFrankfurterFake } from '../tools/providers/real/fakes/frankfurter-fake.js';
import { createDuffelFake } from '../tools/providers/sources/fakes/duffel-fake.js';
import type { FakeServer } from '../tools/providers/sources/fakes/fake-server.js';
import { createOpenMeteoFake } from '../tools/providers/sources/fakes/open-meteo-fake.js';
import {
  createNominatimFake,
  createOsrmFake,
  createOverpassFake,
  createPhotonFake,
} from '../tools/providers/sources/fakes/osm-fake.js';
import { realSourceEnv, realSourceSettings, startFakeServers } from './real-source-servers.js';

export interface RealSourceFakes {
  /** Every fake server by the service it stands in for (script errors on them: `fakes.servers.duffel.script(…)`). */
  servers: {
    duffel: FakeServer;
    nominatim: FakeServer;
    photon: FakeServer;
    overpass: FakeServer;
    osrm: FakeServer;
    openMeteo: FakeServer;
    frankfurter: FakeServer;
  };
  /**
   * The environment that points every real source at the fakes and composes a world of them
   * (FLIGHTS=duffel STAYS=duffel PLACES=osm GEO=osm WEATHER=open-meteo ROUTES=osrm TRAINS=none
   * FX=ecb): spread it into `loadConfig({...process.env, ...fakes.env})` or a child's env.
   */
  env: Record<string, string>;
  /** The same as tools-level settings, for building kinds without src/config.ts. */
  settings(overrides?: Partial<RealSourceSettings>): RealSourceSettings;
  close(): Promise<void>;
}

/**
 * Starts one loopback fake per real service (Duffel flights and stays, Nominatim, Photon,
 * Overpass, OSRM, Open-Meteo forecast and climate, Frankfurter). For re-quoting: the Duffel
 * fake's EXPIRED_OFFER_ID and GONE_OFFER_ID (duffel-fake.ts) are always expired / gone; `now`
 * is the Duffel fake's clock (default: fixed at start), and its offers expire 30 minutes after
 * it — move it on to expire every quoted offer; `servers.duffel.script('GET', '/air/offers/', …)`
 * answers the next re-price with anything else (a 422 offer_no_longer_available, a 5xx).
 */
export async function startRealSourceFakes(
  options: { today?: IsoDate; now?: () => number } = {},
): Promise<RealSourceFakes> {
  // One quote time for the fakes' whole life (offers expire 30 minutes after it), so the same
  // search answers the same offers: kinds stay deterministic, as their contracts ask.
  const quotedAt = Date.now();
  const { servers, close } = await startFakeServers({
    duffel: createDuffelFake(options.now ?? (() => quotedAt)),
    nominatim: createNominatimFake(),
    photon: createPhotonFake(),
    overpass: createOverpassFake(),
    osrm: createOsrmFake(),
    openMeteo: createOpenMeteoFake(),
    frankfurter: createFrankfurterFake(),
  });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return {
    servers,
    env: realSourceEnv(servers),
    settings: (overrides = {}) => realSourceSettings(servers, () => today, overrides),
    close,
  };
}
