import type { IsoDate } from '../../tools/domain/common.schema.js';
import { createFrankfurterFake } from '../tools/providers/real/fakes/frankfurter-fake.js';
import { createDuffelFake } from '../tools/providers/sources/fakes/duffel-fake.js';
import { createOpenMeteoFake } from '../tools/providers/sources/fakes/open-meteo-fake.js';
import {
  createNominatimFake,
  createOsrmFake,
  createOverpassFake,
  createPhotonFake,
} from '../tools/providers/sources/fakes/osm-fake.js';
import {
  type FakeSources,
  type RealSourceServers,
  realSourceEnv,
  realSourceSettings,
  startFakeServers,
} from './real-source-servers.js';

/** Every real service's fake, Photon included. */
export type RealSourceFakes = FakeSources<Required<RealSourceServers>>;

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
