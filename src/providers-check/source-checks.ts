import { addDays, type IsoDate } from '../../tools/domain/common.schema.js';
import { createDuffelClient } from '../../tools/providers/duffel/duffel-call.js';
import { createDuffelFlights } from '../../tools/providers/duffel/duffel-flights.js';
import { createDuffelStays } from '../../tools/providers/duffel/duffel-stays.js';
import { createFrankfurterRates } from '../../tools/providers/fx/frankfurter-rates.js';
import { createOpenMeteoWeather } from '../../tools/providers/open-meteo/open-meteo-weather.js';
import { createNominatimGeocoding } from '../../tools/providers/osm/nominatim-geocoding.js';
import { nominatimHttp, osrmHttp, overpassHttp, photonHttp } from '../../tools/providers/osm/osm-http.js';
import { createOsrmRoutes } from '../../tools/providers/osm/osrm-routes.js';
import { createOverpassPlaces } from '../../tools/providers/osm/overpass-places.js';
import { createPhotonGeocoding } from '../../tools/providers/osm/photon-geocoding.js';
import { createSourceCaller, sourceUserAgent } from '../../tools/providers/sources/http/source-caller.js';
import { buildSourceHttp } from '../../tools/providers/sources/http/source-http.js';
import type { Config } from '../config.js';

/** One small live query against one source: what it answered, in a line. */
export interface SourceCheck {
  source: string;
  what: string;
  /** Builds the adapter (may throw a missing-key SourceError) and runs the query. */
  run: () => Promise<string>;
}

const LYON = { lat: 45.764, lon: 4.8357 };
const PARIS = { lat: 48.8566, lon: 2.3522 };

/** The checks for every configured source; sources without their key are still listed, to say what is missing. */
export function buildSourceChecks(config: Config, today: IsoDate): SourceCheck[] {
  const contact = config.SOURCES_CONTACT_EMAIL;
  const osm = (baseUrl: string) => ({ baseUrl, contactEmail: contact, timeoutMs: config.SOURCES_TIMEOUT_MS });
  const duffel = () => {
    const client = createDuffelClient({
      accessToken: config.DUFFEL_ACCESS_TOKEN,
      baseUrl: config.DUFFEL_BASE_URL,
    });
    // Offer requests wait on airlines: give them the supplier timeout and some.
    const caller = createSourceCaller({
      source: 'duffel',
      timeoutMs: Math.max(config.SOURCES_TIMEOUT_MS, 30_000),
    });
    return { client, caller };
  };
  const http = (source: string, baseUrl: string) =>
    buildSourceHttp({
      source,
      baseUrl,
      userAgent: sourceUserAgent(contact),
      timeoutMs: config.SOURCES_TIMEOUT_MS,
    });
  const weather = () =>
    createOpenMeteoWeather({
      forecast: http('open-meteo', config.OPEN_METEO_FORECAST_URL),
      climate: http('open-meteo-climate', config.OPEN_METEO_CLIMATE_URL),
      today: () => today,
    });
  const depart = addDays(today, 30);

  const checks: SourceCheck[] = [
    {
      source: 'duffel',
      what: `flights LHR→CDG ${depart}, 1 adult`,
      async run() {
        const offers = await createDuffelFlights(duffel()).searchFlights({
          slices: [{ from: 'LHR', to: 'CDG', date: depart }],
          party: { adults: 1 },
        });
        const best = offers[0];
        return best
          ? `${offers.length} offers, cheapest ${best.total.amount.toFixed(2)} ${best.total.currency} (${best.offerId})`
          : 'no offers';
      },
    },
    {
      source: 'duffel-stays',
      what: `stays near Paris ${depart}..${addDays(depart, 1)}, 1 adult`,
      async run() {
        const stays = await createDuffelStays(duffel()).searchStays({
          near: PARIS,
          checkIn: depart,
          checkOut: addDays(depart, 1),
          party: { adults: 1 },
        });
        const best = stays[0];
        return best
          ? `${stays.length} stays, cheapest ${best.cheapest.amount} ${best.cheapest.currency}`
          : 'no stays';
      },
    },
    {
      source: 'open-meteo',
      what: `forecast for Lyon ${addDays(today, 1)}`,
      async run() {
        const day = await weather().weather({ at: LYON, date: addDays(today, 1) });
        return day ? `${day.basis}: ${day.summary}, ${day.lowC}–${day.highC} °C` : 'no weather';
      },
    },
    {
      source: 'open-meteo-climate',
      what: `climate outlook for Lyon ${addDays(today, 90)}`,
      async run() {
        const day = await weather().weather({ at: LYON, date: addDays(today, 90) });
        return day ? `${day.basis}: ${day.summary}, ${day.lowC}–${day.highC} °C` : 'no weather';
      },
    },
    {
      source: 'nominatim',
      what: 'geocode "Lyon"',
      async run() {
        const [first] = await createNominatimGeocoding(nominatimHttp(osm(config.NOMINATIM_URL))).geocode({
          text: 'Lyon',
          limit: 1,
        });
        return first
          ? `${first.label} (${first.location.lat.toFixed(3)}, ${first.location.lon.toFixed(3)})`
          : 'no match';
      },
    },
    {
      source: 'overpass',
      what: 'sights and vegetarian restaurants within 1 km of Lyon centre',
      async run() {
        const places = createOverpassPlaces(overpassHttp(osm(config.OVERPASS_URL)));
        const sights = await places.searchSights({ near: LYON, radiusKm: 1, limit: 5 });
        const food = await places.searchRestaurants({
          near: LYON,
          radiusKm: 1,
          limit: 5,
          dietary: ['vegetarian'],
        });
        return `${sights.length} sights (${sights[0]?.name ?? '—'}), ${food.length} vegetarian kitchens`;
      },
    },
    {
      source: 'osrm',
      what: 'drive Lyon → Paris',
      async run() {
        const route = await createOsrmRoutes(osrmHttp(osm(config.OSRM_URL))).route({
          from: LYON,
          to: PARIS,
          mode: 'drive',
        });
        return route ? `${route.distanceKm} km, ${route.durationMinutes} min` : 'no route';
      },
    },
  ];
  if (config.FX === 'ecb')
    checks.push({
      source: 'frankfurter',
      what: 'ECB reference rates into USD (EUR, GBP)',
      async run() {
        const fx = createFrankfurterRates({ http: http('frankfurter', config.FX_URL) });
        const [eur, gbp] = [await fx.rateToQuote('EUR'), await fx.rateToQuote('GBP')];
        return `EUR 1 = USD ${eur.rate.toFixed(4)}, GBP 1 = USD ${gbp.rate.toFixed(4)} (${eur.date})`;
      },
    });
  const photonUrl = config.PHOTON_URL;
  if (photonUrl)
    checks.push({
      source: 'photon',
      what: 'geocode "Lyon"',
      async run() {
        const [first] = await createPhotonGeocoding(photonHttp(osm(photonUrl))).geocode({
          text: 'Lyon',
          limit: 1,
        });
        return first
          ? `${first.label} (${first.location.lat.toFixed(3)}, ${first.location.lon.toFixed(3)})`
          : 'no match';
      },
    });
  return checks;
}
