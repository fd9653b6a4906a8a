import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Restaurant, Sight, WeatherOutlook } from '../../../../tools/domain/inventory.schema.js';
import { createCityLocator } from '../../../../tools/providers/real/city-locator.js';
import { estimatedGroundCost } from '../../../../tools/providers/real/ground-tariff.js';
import {
  estimatedMealCost,
  UNRATED_RESTAURANT_RATING,
} from '../../../../tools/providers/real/meal-prices.js';
import { NO_TRAINS_REASON } from '../../../../tools/providers/real/no-trains.js';
import { realKinds } from '../../../../tools/providers/real/real-kinds.js';
import { createRealSources, type RealSources } from '../../../../tools/providers/real/real-sources.js';
import { type RealSourceFakes, startRealSourceFakes } from '../../../support/real-source-fakes.js';

const TODAY = '2027-04-20';

describe('OpenStreetMap, Open-Meteo and OSRM as the planner’s kinds (loopback fakes)', () => {
  let fakes: RealSourceFakes;
  let sources: RealSources;
  beforeAll(async () => {
    fakes = await startRealSourceFakes({ today: TODAY });
    sources = createRealSources(fakes.settings());
  });
  afterAll(() => fakes.close());

  describe('city points', () => {
    it('GEO=osm: the geocoder’s point near the table’s, asked once per city', async () => {
      const located = await sources.locator().locate('lyon');
      expect(located).toMatchObject({
        info: { name: 'Lyon', country: 'France' },
        point: { lat: 45.7578137, lon: 4.8320114 },
        pointSource: 'nominatim',
      });
      await sources.locator().locate('Lyon');
      expect(fakes.servers.nominatim.requests.map((r) => r.query.get('countrycodes'))).toEqual(['fr']);
    });

    it('falls back to the table when the geocoder finds nothing, or finds a namesake far away', async () => {
      const paris = await sources.locator().locate('Paris');
      expect(paris).toMatchObject({ point: { lat: 48.8566, lon: 2.3522 }, pointSource: 'table' });
      const photon = createCityLocator({
        geocoding: {
          name: 'far-away',
          geocode: async () => [
            {
              id: 'x',
              name: 'Lyon',
              label: 'Lyon, Oklahoma',
              location: { lat: 35.3, lon: -95.2 },
              kind: 'town',
              region: 'Oklahoma',
              country: 'United States',
              countryCode: 'us',
              attribution: { source: 'x', text: 'x', licence: null, url: null },
            },
          ],
        },
      });
      expect((await photon.locate('Lyon'))?.pointSource).toBe('table');
    });

    it('an unknown city is undefined; the gazetteer is the built-in table of real cities', async () => {
      expect(await sources.locator().locate('Atlantis')).toBeUndefined();
      const gazetteer = realKinds.gazetteer().kind;
      expect(gazetteer.resolveCity('LYS')?.name).toBe('Lyon');
      expect(gazetteer.citiesInRegion('France').map((c) => c.name)).toContain('Lyon');
    });
  });

  it('restaurants: OSM names, cuisines and diet tags; cost and rating estimated and marked so', async () => {
    const found = await realKinds.osmRestaurants(sources).kind.searchRestaurants({ city: 'Lyon' });
    for (const r of found) expect(Restaurant.parse(r)).toEqual(r);
    expect(found.map((r) => r.name)).toEqual(['Les Lumières Vertes', 'Bouchon des Cordeliers', 'Café Halal']);
    expect(found[0]).toEqual({
      name: 'Les Lumières Vertes',
      city: 'Lyon',
      cuisines: ['French', 'Vegan'],
      dietary: ['vegan', 'vegetarian'],
      averageCost: estimatedMealCost('restaurant', 0.95),
      rating: UNRATED_RESTAURANT_RATING,
      estimated: ['averageCost', 'rating'],
      source: 'openstreetmap',
    });
    // Lyon's price level is 0.95 of a large US city: a sit-down meal $29, a café $13.
    expect(found.map((r) => r.averageCost)).toEqual([29, 29, 13]);
    expect(found[2]?.dietary).toEqual(['halal']);
    const asked = new URLSearchParams(fakes.servers.overpass.requests.at(-1)?.body).get('data');
    expect(asked).toContain('around:3000,45.75781,4.83201');
  });

  it('sights: OSM places around the city, with category, point and address', async () => {
    const found = await realKinds.osmSights(sources).kind.searchSights({ city: 'Lyon' });
    for (const s of found) expect(Sight.parse(s)).toEqual(s);
    expect(found.map((s) => [s.name, s.category])).toEqual([
      ['Basilique Notre-Dame de Fourvière', 'attraction'],
      ['Musée des Beaux-Arts de Lyon', 'museum'],
      ['Parc de la Tête d’Or', 'park'],
    ]);
    expect(found[1]).toMatchObject({
      city: 'Lyon',
      location: { lat: 45.7669, lon: 4.8336 },
      source: 'openstreetmap',
    });
    expect(await realKinds.osmSights(sources).kind.searchSights({ city: 'Atlantis' })).toEqual([]);
  });

  it('weather keeps its basis: forecast within the horizon, climate beyond', async () => {
    const weather = realKinds.openMeteoWeather(sources).kind;
    const soon = await weather.weather({ city: 'Lyon', date: '2027-04-22' });
    expect(soon).toEqual({
      city: 'Lyon',
      date: '2027-04-22',
      highC: 14.2,
      lowC: 6.8,
      precipitationChance: 0.7,
      summary: expect.any(String),
      basis: 'forecast',
      source: 'open-meteo',
    });
    const later = await weather.weather({ city: 'Lyon', date: '2027-08-15' });
    // The projection has 0.4 mm that day: under 1 mm is a dry day, not a 40 % chance.
    expect(later).toMatchObject({ basis: 'climate', highC: 22.5, lowC: 13.1, precipitationChance: 0 });
    expect(WeatherOutlook.parse(later)).toEqual(later);
    expect(await weather.weather({ city: 'Atlantis', date: '2027-04-22' })).toBeUndefined();
  });

  it('ground: OSRM’s time and distance, the cost per vehicle from the tariff, marked estimated', async () => {
    const ground = realKinds.osrmGround(sources).kind;
    const drive = await ground.groundRoute({ from: 'Lyon', to: 'Paris', mode: 'self-driving' });
    const taxi = await ground.groundRoute({ from: 'Lyon', to: 'Paris', mode: 'taxi' });
    expect(drive).toMatchObject({
      mode: 'self-driving',
      from: 'Lyon',
      to: 'Paris',
      estimated: ['cost'],
      source: 'openstreetmap',
    });
    expect(drive?.distanceKm).toBeGreaterThan(400);
    expect(drive?.durationMinutes).toBeGreaterThan(240);
    expect(drive?.cost).toBe(estimatedGroundCost('self-driving', drive?.distanceKm ?? 0, 0.95));
    expect(taxi?.cost).toBe(estimatedGroundCost('taxi', taxi?.distanceKm ?? 0, 0.95));
    expect(taxi?.cost).toBeGreaterThan((drive?.cost ?? 0) * 10);
    expect(await ground.groundRoute({ from: 'Lyon', to: 'Lyon', mode: 'taxi' })).toBeUndefined();
    expect(await ground.groundRoute({ from: 'Lyon', to: 'Atlantis', mode: 'taxi' })).toBeUndefined();
  });

  it('trains: none for real worlds, with the reason', async () => {
    const trains = realKinds.noTrains().kind as { reason?: string } & ReturnType<
      typeof realKinds.noTrains
    >['kind'];
    expect(await trains.searchTrains({ from: 'Lyon', to: 'Paris', date: '2027-04-22' })).toEqual([]);
    expect(trains.reason).toBe(NO_TRAINS_REASON);
  });

  it('credits: OSM (ODbL) with places and routes, Open-Meteo (CC BY 4.0) with weather, ECB with prices', () => {
    expect(realKinds.osmSights(sources).attributions.map((a) => `${a.text}, ${a.licence}`)).toEqual([
      '© OpenStreetMap contributors, ODbL 1.0',
    ]);
    expect(realKinds.openMeteoWeather(sources).attributions.map((a) => `${a.text}, ${a.licence}`)).toEqual([
      'Weather data by Open-Meteo.com, CC BY 4.0',
    ]);
    expect(realKinds.duffelFlights(sources).attributions.map((a) => a.source)).toEqual(['duffel', 'ecb']);
  });
});
