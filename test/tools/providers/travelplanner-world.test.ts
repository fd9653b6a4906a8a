import { describe, expect, it } from 'vitest';
import { isTravelPlannerDataError } from '../../../tools/providers/travelplanner/travelplanner-data-error.js';
import { createTravelPlannerWorld } from '../../../tools/providers/travelplanner/travelplanner-world.js';
import { sample, travelPlannerSamples } from './travelplanner-samples.js';
import { describeWorldProviderContract } from './world-provider.contract.js';

const [first, second, third] = travelPlannerSamples.map((s) => s.reference_information);

describeWorldProviderContract('travelplanner (sample idx 1)', () => createTravelPlannerWorld(first ?? {}), {
  city: 'Rockford',
  flightQuery: { from: 'St. Petersburg', to: 'Rockford', date: '2022-03-16' },
});
describeWorldProviderContract('travelplanner (sample idx 21)', () => createTravelPlannerWorld(second ?? {}), {
  city: 'Philadelphia',
  flightQuery: { from: 'Pittsburgh', to: 'Philadelphia', date: '2022-03-14' },
  groundPair: { from: 'Nashville', to: 'Pittsburgh' },
});
describeWorldProviderContract('travelplanner (sample idx 41)', () => createTravelPlannerWorld(third ?? {}), {
  city: 'Denver',
  flightQuery: { from: 'Denver', to: 'Indianapolis', date: '2022-03-17' },
  groundPair: { from: 'Grand Junction', to: 'Alamosa' },
});

describe('TravelPlanner world: gazetteer', () => {
  const world = createTravelPlannerWorld(sample(21).reference_information, { label: 'idx=21' });

  it('is named after its label', () => {
    expect(world.name).toBe('travelplanner(idx=21)');
    expect(createTravelPlannerWorld({}).name).toBe('travelplanner');
  });

  it('knows every city of the shipped list, with its state as region', () => {
    expect(world.listCities()).toHaveLength(312);
    expect(world.resolveCity('nashville')).toEqual({
      name: 'Nashville',
      region: 'Tennessee',
      country: 'United States',
      location: null,
      timeZone: null,
      airports: [],
    });
    expect(world.listRegions()).toContain('Pennsylvania');
  });

  it('resolves the spellings plans and requests use', () => {
    expect(world.resolveCity('Pittsburgh(Pennsylvania)')?.name).toBe('Pittsburgh');
    expect(world.resolveCity('saint petersburg')?.name).toBe('St. Petersburg');
    expect(world.resolveCity('ST PETERSBURG')?.name).toBe('St. Petersburg');
  });

  it('offers only the cities of a state this query has stays or sights for', () => {
    expect(
      world
        .citiesInRegion('pennsylvania')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Philadelphia', 'Pittsburgh']);
    expect(world.citiesInRegion('Tennessee')).toEqual([]);
  });
});

describe('TravelPlanner world: records', () => {
  const world = createTravelPlannerWorld(sample(21).reference_information);

  it('reads flights with durations from "1 hours 21 minutes"', async () => {
    expect(await world.searchFlights({ from: 'nashville', to: 'PITTSBURGH', date: '2022-03-12' })).toEqual([
      {
        flightNumber: 'F3947470',
        from: 'Nashville',
        to: 'Pittsburgh',
        date: '2022-03-12',
        departureTime: '09:54',
        arrivalTime: '12:15',
        durationMinutes: 81,
        distanceKm: 462,
        price: 142,
      },
    ]);
    expect(await world.searchFlights({ from: 'Nashville', to: 'Pittsburgh', date: '2022-03-13' })).toEqual(
      [],
    );
  });

  it('reads drives and taxis from their text, cost per vehicle', async () => {
    expect(await world.groundRoute({ from: 'Philadelphia', to: 'Nashville', mode: 'self-driving' })).toEqual({
      mode: 'self-driving',
      from: 'Philadelphia',
      to: 'Nashville',
      durationMinutes: 11 * 60 + 59,
      distanceKm: 1294,
      cost: 64,
    });
    expect((await world.groundRoute({ from: 'Philadelphia', to: 'Nashville', mode: 'taxi' }))?.cost).toBe(
      1294,
    );
    expect(await world.groundRoute({ from: 'Nashville', to: 'Philadelphia', mode: 'taxi' })).toBeUndefined();
  });

  it('reads stays: room type, forbidden house rules, integer minimum nights and occupancy', async () => {
    const stays = await world.searchStays({ city: 'Philadelphia' });
    expect(stays.find((s) => s.name === 'Brooklyn Room in Hip Neighborhood - Close to Train')).toEqual({
      name: 'Brooklyn Room in Hip Neighborhood - Close to Train',
      city: 'Philadelphia',
      roomType: 'Private room',
      forbids: ['parties', 'children under 10', 'smoking'],
      minimumNights: 1,
      maximumOccupancy: 1,
      rating: 1,
      pricePerNight: 742,
    });
  });

  it('reads restaurants with comma-separated cuisines and sights with coordinates', async () => {
    const restaurants = await world.searchRestaurants({ city: 'Pittsburgh' });
    expect(restaurants.find((r) => r.name === 'Beijing Cafe')).toEqual({
      name: 'Beijing Cafe',
      city: 'Pittsburgh',
      cuisines: ['Desserts', 'Tea', 'Pizza', 'Mexican', 'Indian'],
      dietary: [],
      averageCost: 33,
      rating: 3.8,
    });
    const [zoo] = await world.searchSights({ city: 'Pittsburgh' });
    expect(zoo).toEqual({
      name: 'Pittsburgh Zoo & Aquarium',
      city: 'Pittsburgh',
      category: null,
      location: { lat: 40.4842648, lon: -79.922206 },
      address: '7370 Baker St, Pittsburgh, PA 15206, USA',
    });
  });

  it('has no weather', async () => {
    expect(await world.weather({ city: 'Pittsburgh', date: '2022-03-12' })).toBeUndefined();
  });
});

describe('TravelPlanner world: dataset quirks', () => {
  const flight = {
    'Flight Number': 'F1',
    Price: '1,204',
    DepTime: '9:05',
    ArrTime: '11:10',
    ActualElapsedTime: '2 hours 5 minutes',
    FlightDate: '2022-04-01',
    OriginCityName: 'Austin',
    DestCityName: 'Denver',
    Distance: '1,240.0',
  };

  it('reads numbers written as strings and unpadded clock times', async () => {
    const world = createTravelPlannerWorld({ 'Flight from Austin to Denver on 2022-04-01': [flight] });
    expect(await world.searchFlights({ from: 'Austin', to: 'Denver', date: '2022-04-01' })).toEqual([
      expect.objectContaining({
        price: 1204,
        distanceKm: 1240,
        departureTime: '09:05',
        durationMinutes: 125,
      }),
    ]);
  });

  it('treats "No valid information." and "There is no flight …" as empty, and an empty cost as no route', async () => {
    const world = createTravelPlannerWorld({
      'Flight from Austin to Denver on 2022-04-01': 'There is no flight from Austin to Denver on 2022-04-01.',
      'Restaurants in Denver': 'No valid information.',
      'Self-driving from Austin to Denver':
        'self-driving, from Austin to Denver, duration: 1 day 2 hours, distance: 1,240 km, cost: ',
      'Taxi from Austin to Denver':
        'taxi, from Austin to Denver, duration: 1 day 2 hours, distance: 1,240 km, cost: 1240',
    });
    expect(await world.searchFlights({ from: 'Austin', to: 'Denver', date: '2022-04-01' })).toEqual([]);
    expect(await world.searchRestaurants({ city: 'Denver' })).toEqual([]);
    expect(await world.groundRoute({ from: 'Austin', to: 'Denver', mode: 'self-driving' })).toBeUndefined();
    expect(await world.groundRoute({ from: 'Austin', to: 'Denver', mode: 'taxi' })).toMatchObject({
      durationMinutes: 26 * 60,
      cost: 1240,
    });
  });

  it('reads house rules joined by "&", and an empty rule text as forbidding nothing', async () => {
    const stay = (house_rules: string | null) => ({
      NAME: `Stay ${house_rules}`,
      price: 100.0,
      'room type': 'Shared room',
      house_rules,
      'minimum nights': 2.0,
      'maximum occupancy': 2,
      'review rate number': 4.0,
      city: 'Denver',
    });
    const world = createTravelPlannerWorld({
      'Accommodations in denver': [stay('No smoking & No pets'), stay('No children under 10'), stay(null)],
    });
    expect((await world.searchStays({ city: 'Denver' })).map((s) => s.forbids)).toEqual([
      ['smoking', 'pets'],
      ['children under 10'],
      [],
    ]);
  });

  it('refuses what it cannot read rather than guessing', () => {
    const attempt = (reference: Record<string, unknown>) => {
      try {
        createTravelPlannerWorld(reference);
      } catch (error) {
        return isTravelPlannerDataError(error) ? error.code : 'other error';
      }
      return 'accepted';
    };
    expect(attempt({ 'Weather in Denver': [] })).toBe('unknown-entry');
    expect(attempt({ 'Flight from Austin to Denver on 2022-04-01': [{ ...flight, Price: 'free' }] })).toBe(
      'malformed-record',
    );
    expect(attempt({ 'Taxi from Austin to Denver': 'call us' })).toBe('malformed-record');
    expect(
      attempt({
        'Accommodations in Denver': [
          {
            NAME: 'x',
            price: 1,
            'room type': 'Entire home/apt',
            house_rules: 'No dancing',
            'minimum nights': 1,
            'maximum occupancy': 1,
          },
        ],
      }),
    ).toBe('malformed-record');
  });
});
