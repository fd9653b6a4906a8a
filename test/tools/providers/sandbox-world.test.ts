import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../../tools/domain/geo.js';
import { stayTier } from '../../../tools/planning/comfort.js';
import { mealCost, stayCost, vehiclesFor } from '../../../tools/planning/cost.js';
import { getGazetteer } from '../../../tools/providers/sandbox/gazetteer.js';
import { COMMON_CUISINES } from '../../../tools/providers/sandbox/restaurants.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import type { WorldProvider } from '../../../tools/providers/world-provider.js';
import { describeWorldProviderContract } from './world-provider.contract.js';

describeWorldProviderContract('sandbox', () => createSandboxWorld({ seed: 7 }), {
  city: 'San Francisco',
  flightQuery: { from: 'Seattle', to: 'Los Angeles', date: '2025-06-13' },
  groundPair: { from: 'Seattle', to: 'Portland' },
  trainQuery: { from: 'Paris', to: 'Lyon', date: '2025-06-13' },
});

const world = createSandboxWorld();
const cities = world.listCities();

describe('sandbox gazetteer', () => {
  it('is named after its seed, default 1', () => {
    expect(world.name).toBe('sandbox(seed=1)');
    expect(createSandboxWorld({ seed: 42 }).name).toBe('sandbox(seed=42)');
  });

  it('covers ≥ 60 cities, ≥ 25 in the US, on ≥ 5 continents', () => {
    const gazetteer = getGazetteer();
    expect(cities.length).toBeGreaterThanOrEqual(60);
    expect(cities.filter((c) => c.country === 'United States').length).toBeGreaterThanOrEqual(25);
    expect(new Set(gazetteer.cities.map((c) => c.curated.continent)).size).toBeGreaterThanOrEqual(5);
  });

  it('finds every curated airport code in the OurAirports dataset', () => {
    expect(getGazetteer().unknownAirports).toEqual([]);
    expect(world.resolveCity('Seattle')?.airports).toEqual(['SEA']);
    expect(world.resolveCity('Durango')?.airports).toEqual([]);
  });

  it('has enough cities per region for region trips', () => {
    const minimum: Record<string, number> = {
      California: 5,
      Colorado: 4,
      Texas: 4,
      Florida: 3,
      Washington: 2,
      Tennessee: 2,
      Pennsylvania: 2,
      'New York': 2,
      Italy: 3,
      France: 3,
      Spain: 2,
      'United Kingdom': 2,
      Germany: 2,
      Japan: 3,
      Australia: 2,
      Canada: 2,
      Mexico: 2,
    };
    for (const [region, count] of Object.entries(minimum)) {
      expect(world.citiesInRegion(region).length, region).toBeGreaterThanOrEqual(count);
    }
  });

  it('matches regions by US state code, country alias and case', () => {
    const california = world.citiesInRegion('California').map((c) => c.name);
    expect(world.citiesInRegion('CA').map((c) => c.name)).toEqual(california);
    expect(world.citiesInRegion(' california ').map((c) => c.name)).toEqual(california);
    expect(california).toEqual(expect.arrayContaining(['Los Angeles', 'San Francisco', 'San Diego']));
    expect(world.citiesInRegion('usa').length).toBe(world.citiesInRegion('United States').length);
    expect(world.citiesInRegion('UK').map((c) => c.name)).toEqual(['London', 'Edinburgh', 'Manchester']);
    expect(world.listRegions()).toEqual(expect.arrayContaining(['California', 'Italy', 'United States']));
  });

  it('resolves aliases, accents, "Saint"/"St." and "City, Region" forms', () => {
    const expected: Record<string, string> = {
      NYC: 'New York',
      'New York City': 'New York',
      LA: 'Los Angeles',
      SF: 'San Francisco',
      'St. Louis': 'St. Louis',
      'Saint Louis': 'St. Louis',
      'st louis': 'St. Louis',
      Montréal: 'Montreal',
      CANCUN: 'Cancún',
      'Washington, D.C.': 'Washington',
      'Portland, OR': 'Portland',
      'Paris, France': 'Paris',
      München: 'Munich',
      SEA: 'Seattle',
    };
    for (const [alias, name] of Object.entries(expected))
      expect(world.resolveCity(alias)?.name, alias).toBe(name);
    expect(world.resolveCity('Paris, Texas')).toBeUndefined();
  });

  it('gives every city 8–15 curated sights within 60 km, with unique names', async () => {
    for (const city of cities) {
      const sights = await world.searchSights({ city: city.name });
      expect(sights.length, city.name).toBeGreaterThanOrEqual(8);
      expect(sights.length, city.name).toBeLessThanOrEqual(15);
      expect(new Set(sights.map((s) => s.name)).size).toBe(sights.length);
      for (const sight of sights) {
        expect(sight.category).not.toBeNull();
        const km = greatCircleKm(sight.location!, city.location!);
        expect(km, `${city.name}: ${sight.name}`).toBeLessThan(60);
      }
    }
  });
});

describe('sandbox determinism', () => {
  const queries = (w: WorldProvider) => [
    () => w.searchFlights({ from: 'Boston', to: 'Chicago', date: '2025-03-02' }),
    () => w.searchStays({ city: 'Denver' }),
    () => w.searchRestaurants({ city: 'Kyoto' }),
    () => w.groundRoute({ from: 'Austin', to: 'Dallas', mode: 'taxi' }),
    () => w.weather({ city: 'Lisbon', date: '2025-10-01' }),
  ];

  it('answers independently of call order', async () => {
    const forward = [];
    for (const query of queries(createSandboxWorld({ seed: 3 }))) forward.push(await query());
    const backward = [];
    for (const query of queries(createSandboxWorld({ seed: 3 })).reverse()) backward.push(await query());
    expect(backward.reverse()).toEqual(forward);
  });

  it('gives different inventories for different seeds', async () => {
    const other = createSandboxWorld({ seed: 2 });
    expect(await other.searchStays({ city: 'Seattle' })).not.toEqual(
      await world.searchStays({ city: 'Seattle' }),
    );
    const query = { from: 'Seattle', to: 'Denver', date: '2025-06-13' };
    expect(await other.searchFlights(query)).not.toEqual(await world.searchFlights(query));
  });

  it('serves cached city lists in microseconds', async () => {
    await world.searchStays({ city: 'Miami' });
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) await world.searchRestaurants({ city: 'Miami' });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('sandbox inventory', () => {
  it('synthesizes plausible stays and guarantees family-friendly homes in every city', async () => {
    const counts = { 'Entire home/apt': 0, 'Private room': 0, 'Shared room': 0 };
    let total = 0;
    let shortMinimum = 0;
    for (const city of cities) {
      const stays = await world.searchStays({ city: city.name });
      expect(stays.length).toBeGreaterThanOrEqual(14);
      expect(stays.length).toBeLessThanOrEqual(29);
      // "Luxury please" finds something in every city: a top-rated private place.
      expect(stays.filter((s) => stayTier(s) === 'luxury').length).toBeGreaterThanOrEqual(2);
      expect(new Set(stays.map((s) => s.name)).size).toBe(stays.length);
      const family = stays.filter(
        (s) =>
          s.roomType === 'Entire home/apt' &&
          !s.forbids.includes('pets') &&
          !s.forbids.includes('children under 10') &&
          s.minimumNights <= 2,
      );
      expect(family.length, city.name).toBeGreaterThanOrEqual(3);
      for (const stay of stays) {
        counts[stay.roomType]++;
        expect(stay.maximumOccupancy).toBeLessThanOrEqual(stay.roomType === 'Entire home/apt' ? 8 : 3);
        if (stay.minimumNights <= 2) shortMinimum++;
      }
      total += stays.length;
    }
    expect(counts['Entire home/apt'] / total).toBeGreaterThan(0.45);
    expect(counts['Private room'] / total).toBeGreaterThan(0.25);
    expect(counts['Shared room'] / total).toBeGreaterThan(0.08);
    expect(shortMinimum / total).toBeGreaterThan(0.6);
  });

  it('synthesizes restaurants with every common cuisine at least twice per city', async () => {
    for (const city of cities) {
      const restaurants = await world.searchRestaurants({ city: city.name });
      expect(restaurants.length).toBeGreaterThanOrEqual(20);
      expect(restaurants.length).toBeLessThanOrEqual(38);
      expect(new Set(restaurants.map((r) => r.name)).size).toBe(restaurants.length);
      for (const cuisine of COMMON_CUISINES) {
        expect(
          restaurants.filter((r) => r.cuisines.includes(cuisine)).length,
          cuisine,
        ).toBeGreaterThanOrEqual(2);
      }
      for (const r of restaurants) {
        expect(r.cuisines.length).toBeGreaterThanOrEqual(1);
        expect(r.cuisines.length).toBeLessThanOrEqual(4);
        expect(r.averageCost).toBeGreaterThanOrEqual(10);
        expect(r.averageCost).toBeLessThanOrEqual(80);
      }
    }
  });

  it('schedules 2–7 flights a day between 06:00 and 21:30 local, arriving the same day', async () => {
    const flights = await world.searchFlights({ from: 'Chicago', to: 'Atlanta', date: '2025-05-20' });
    expect(flights.length).toBeGreaterThanOrEqual(2);
    expect(flights.length).toBeLessThanOrEqual(7);
    expect(new Set(flights.map((f) => f.flightNumber)).size).toBe(flights.length);
    const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    for (const f of flights) {
      expect(f.departureTime >= '06:00' && f.departureTime <= '21:30').toBe(true);
      // Chicago is an hour behind Atlanta: local times differ by the duration plus the hour.
      expect(minutes(f.arrivalTime) - minutes(f.departureTime)).toBe(f.durationMinutes + 60);
      expect((Date.parse(f.arrivalAt!) - Date.parse(f.departureAt!)) / 60_000).toBe(f.durationMinutes);
      expect(f.arrivalDate).toBe('2025-05-20');
      expect(f.departureZone).toBe('America/Chicago');
    }
    const short = await world.searchFlights({ from: 'Los Angeles', to: 'San Francisco', date: '2025-05-20' });
    const long = await world.searchFlights({ from: 'Los Angeles', to: 'New York', date: '2025-05-20' });
    const mean = (list: typeof flights) => list.reduce((s, f) => s + f.price, 0) / list.length;
    expect(mean(long)).toBeGreaterThan(mean(short));
  });

  it('repeats the timetable daily while fares change with the date', async () => {
    const monday = await world.searchFlights({ from: 'Seattle', to: 'Denver', date: '2025-06-09' });
    const friday = await world.searchFlights({ from: 'Seattle', to: 'Denver', date: '2025-06-13' });
    const timetable = (list: typeof monday) =>
      list.map((f) => [f.flightNumber, f.departureTime, f.arrivalTime]);
    expect(timetable(friday)).toEqual(timetable(monday));
    expect(friday.map((f) => f.price)).not.toEqual(monday.map((f) => f.price));
  });

  it('has no flights for short hops or cities without airports', async () => {
    const date = '2025-05-20';
    expect(await world.searchFlights({ from: 'Denver', to: 'Boulder', date })).toEqual([]);
    expect(await world.searchFlights({ from: 'Denver', to: 'Colorado Springs', date })).toEqual([]);
    expect(await world.searchFlights({ from: 'San Jose', to: 'San Francisco', date })).toEqual([]);
    expect(await world.searchFlights({ from: 'Durango', to: 'Seattle', date })).toEqual([]);
  });

  it('has no ground routes across oceans or beyond 3,000 km, and symmetric ones elsewhere', async () => {
    const none: [string, string][] = [
      ['Honolulu', 'Los Angeles'],
      ['London', 'New York'],
      ['Sydney', 'Auckland'],
      ['Tokyo', 'Seoul'],
      ['New York', 'Los Angeles'],
    ];
    for (const [from, to] of none) {
      expect(await world.groundRoute({ from, to, mode: 'self-driving' }), `${from}–${to}`).toBeUndefined();
    }
    const there = await world.groundRoute({ from: 'Denver', to: 'Durango', mode: 'taxi' });
    const back = await world.groundRoute({ from: 'Durango', to: 'Denver', mode: 'taxi' });
    expect(back).toEqual({ ...there, from: 'Durango', to: 'Denver' });
    const drive = await world.groundRoute({ from: 'Denver', to: 'Durango', mode: 'self-driving' });
    expect(drive!.cost / drive!.distanceKm).toBeGreaterThanOrEqual(0.075);
    expect(drive!.cost / drive!.distanceKm).toBeLessThanOrEqual(0.105);
    expect(there!.cost / there!.distanceKm).toBeGreaterThanOrEqual(1.2);
    expect(there!.cost / there!.distanceKm).toBeLessThanOrEqual(1.85);
    // Highway speeds as route planners time them, after a quarter of an hour out of and into town.
    const kmh = drive!.distanceKm / ((drive!.durationMinutes - 15) / 60);
    expect(kmh).toBeGreaterThanOrEqual(94);
    expect(kmh).toBeLessThanOrEqual(111);
  });

  it('follows the seasons of each hemisphere', async () => {
    const high = async (city: string, date: string) => (await world.weather({ city, date }))!.highC;
    expect(await high('Chicago', '2025-01-15')).toBeLessThan(await high('Chicago', '2025-07-15'));
    expect(await high('Sydney', '2025-01-15')).toBeGreaterThan(await high('Sydney', '2025-07-15'));
    expect((await world.weather({ city: 'Seattle', date: '2025-04-01' }))!.summary).toMatch(
      /^\w[\w ]*, \d+% chance of (rain|snow)$/,
    );
  });
});

describe('sandbox realism: 5 days Seattle → two California cities by car, 2 people and a dog', () => {
  it('is feasible well under $4,000', async () => {
    const travellers = 2;
    const legs = [
      ['Seattle', 'San Francisco'],
      ['San Francisco', 'Los Angeles'],
      ['Los Angeles', 'Seattle'],
    ] as const;
    let transport = 0;
    for (const [from, to] of legs) {
      const route = await world.groundRoute({ from, to, mode: 'self-driving' });
      expect(route, `${from}–${to}`).toBeDefined();
      transport += route!.cost * vehiclesFor('self-driving', travellers);
    }
    const firstDrive = (await world.groundRoute({
      from: 'Seattle',
      to: 'San Francisco',
      mode: 'self-driving',
    }))!;
    expect(firstDrive.distanceKm).toBeGreaterThan(1200);
    expect(firstDrive.distanceKm).toBeLessThan(1500);
    expect(firstDrive.cost).toBeGreaterThan(90);
    expect(firstDrive.cost).toBeLessThan(160);

    let accommodation = 0;
    for (const city of ['San Francisco', 'Los Angeles']) {
      const homes = (await world.searchStays({ city })).filter(
        (s) =>
          s.roomType === 'Entire home/apt' &&
          !s.forbids.includes('pets') &&
          s.minimumNights <= 2 &&
          s.maximumOccupancy >= travellers,
      );
      const cheapest = homes.reduce((a, b) => (a.pricePerNight <= b.pricePerNight ? a : b));
      expect(cheapest.pricePerNight).toBeLessThanOrEqual(300);
      accommodation += stayCost(cheapest, travellers, 2);
    }

    let meals = 0;
    for (const city of ['San Francisco', 'Los Angeles']) {
      const restaurants = await world.searchRestaurants({ city });
      const average = restaurants.reduce((s, r) => s + r.averageCost, 0) / restaurants.length;
      expect(average).toBeGreaterThan(20);
      expect(average).toBeLessThan(60);
      // 15 meals in all; charge every one at the dearer city's average to stay conservative.
      meals = Math.max(meals, 15 * mealCost({ averageCost: average }, travellers));
    }

    expect(transport + accommodation + meals).toBeLessThan(4000);
  });
});
