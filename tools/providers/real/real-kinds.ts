import type { Attribution } from '../sources/source-common.schema.js';
import type {
  FlightsKind,
  Gazetteer,
  GroundKind,
  RestaurantsKind,
  SightsKind,
  StaysKind,
  TrainsKind,
  WeatherKind,
} from '../world/world-kinds.js';
import { createTableGazetteer } from './city-locator.js';
import { createNoTrains } from './no-trains.js';
import { createRealFlights } from './real-flights.js';
import { createRealGround } from './real-ground.js';
import { createRealRestaurants } from './real-restaurants.js';
import { createRealSights } from './real-sights.js';
import { REAL_ATTRIBUTIONS, type RealSources } from './real-sources.js';
import { createRealStays } from './real-stays.js';
import { createRealWeather } from './real-weather.js';

/** A kind built from real sources, with the credits its answers must carry. */
export interface RealKind<K> {
  kind: K;
  attributions: readonly Attribution[];
}

/** FX credit goes with every kind that converts prices, when the rates are ECB's. */
function priced(sources: RealSources, own: Attribution): readonly Attribution[] {
  return sources.settings.fx === 'ecb' ? [own, REAL_ATTRIBUTIONS.ecb] : [own];
}

/**
 * One builder per kind and source: what src/world/world-sources.ts registers, one line each
 * (FLIGHTS=duffel STAYS=duffel PLACES=osm GEO=osm WEATHER=open-meteo ROUTES=osrm TRAINS=none).
 * GEO is not a kind of its own: it decides where the locator shared by every real kind gets
 * city points (RealSourceSettings.geo); the gazetteer itself is always the built-in table.
 */
export const realKinds = {
  /** The built-in table; with GEO=osm|photon the points the other kinds search around are OSM's (credited). */
  gazetteer: (s?: RealSources): RealKind<Gazetteer> => ({
    kind: createTableGazetteer(),
    attributions: s?.settings.geo === 'osm' || s?.settings.geo === 'photon' ? [REAL_ATTRIBUTIONS.osm] : [],
  }),
  duffelFlights: (s: RealSources): RealKind<FlightsKind> => ({
    kind: createRealFlights({ source: s.duffel().flights, locator: s.locator(), fx: s.fx() }),
    attributions: priced(s, REAL_ATTRIBUTIONS.duffel),
  }),
  duffelStays: (s: RealSources): RealKind<StaysKind> => ({
    kind: createRealStays({ source: s.duffel().stays, locator: s.locator(), fx: s.fx() }),
    attributions: priced(s, REAL_ATTRIBUTIONS.duffel),
  }),
  osmRestaurants: (s: RealSources): RealKind<RestaurantsKind> => ({
    kind: createRealRestaurants({ source: s.overpass(), locator: s.locator() }),
    attributions: [REAL_ATTRIBUTIONS.osm],
  }),
  osmSights: (s: RealSources): RealKind<SightsKind> => ({
    kind: createRealSights({ source: s.overpass(), locator: s.locator() }),
    attributions: [REAL_ATTRIBUTIONS.osm],
  }),
  openMeteoWeather: (s: RealSources): RealKind<WeatherKind> => ({
    kind: createRealWeather({ source: s.openMeteo(), locator: s.locator() }),
    attributions: [REAL_ATTRIBUTIONS.openMeteo],
  }),
  osrmGround: (s: RealSources): RealKind<GroundKind> => ({
    kind: createRealGround({ source: s.osrm(), locator: s.locator() }),
    attributions: [REAL_ATTRIBUTIONS.osm],
  }),
  noTrains: (): RealKind<TrainsKind> => ({ kind: createNoTrains(), attributions: [] }),
};
