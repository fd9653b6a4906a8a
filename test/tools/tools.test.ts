import type { StructuredToolInterface } from '@langchain/core/tools';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { readToolError } from '../../tools/define-tool.js';
import {
  createGroundTransportTool,
  GroundTransportOutput,
} from '../../tools/flights/ground-transport.tool.js';
import { createSearchFlightsTool, SearchFlightsOutput } from '../../tools/flights/search-flights.tool.js';
import { createSearchStaysTool, SearchStaysOutput } from '../../tools/hotels/search-stays.tool.js';
import { createStayDetailsTool } from '../../tools/hotels/stay-details.tool.js';
import { createLookupPlaceTool, LookupPlaceOutput } from '../../tools/intake/lookup-place.tool.js';
import {
  createSearchRestaurantsTool,
  SearchRestaurantsOutput,
} from '../../tools/itinerary/search-restaurants.tool.js';
import { createSearchSightsTool, SearchSightsOutput } from '../../tools/itinerary/search-sights.tool.js';
import { createTravelTimeTool, TravelTimeOutput } from '../../tools/itinerary/travel-time.tool.js';
import {
  createWeatherOutlookTool,
  WeatherOutlookOutput,
} from '../../tools/itinerary/weather-outlook.tool.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });
const deps = { world };

async function call<T extends z.ZodType>(
  tool: StructuredToolInterface,
  args: unknown,
  output: T,
): Promise<z.infer<T>> {
  const content = String(await tool.invoke(args as never));
  expect(readToolError(content)).toBeUndefined();
  return output.parse(JSON.parse(content));
}

async function errorOf(tool: StructuredToolInterface, args: unknown): Promise<string> {
  try {
    const content = String(await tool.invoke(args as never));
    return readToolError(content) ?? `no error: ${content.slice(0, 80)}`;
  } catch (error) {
    return `schema: ${error instanceof Error ? error.message : String(error)}`;
  }
}

describe('tools on the sandbox world', () => {
  it('search_flights lists flights of that day between canonical cities, whatever the spelling', async () => {
    const { flights } = await call(
      createSearchFlightsTool(deps),
      { from: 'chicago', to: 'NASHVILLE', date: '2027-06-04' },
      SearchFlightsOutput,
    );
    expect(flights.length).toBeGreaterThan(0);
    expect(
      flights.every((f) => f.from === 'Chicago' && f.to === 'Nashville' && f.date === '2027-06-04'),
    ).toBe(true);
  });

  it('ground_transport honours the requested modes', async () => {
    const tool = createGroundTransportTool(deps);
    const both = await call(tool, { from: 'Seattle', to: 'Portland' }, GroundTransportOutput);
    expect(both.options.map((o) => o.mode).sort()).toEqual(['self-driving', 'taxi']);
    const taxi = await call(
      tool,
      { from: 'Seattle', to: 'Portland', modes: ['taxi'] },
      GroundTransportOutput,
    );
    expect(taxi.options.map((o) => o.mode)).toEqual(['taxi']);
  });

  it('search_stays applies room type, house rules, nights and price filters', async () => {
    const { stays } = await call(
      createSearchStaysTool(deps),
      { city: 'Denver', roomType: 'entire room', mustAllow: ['pets'], nights: 2, maxPricePerNight: 400 },
      SearchStaysOutput,
    );
    expect(stays.length).toBeGreaterThan(0);
    for (const s of stays) {
      expect(s.roomType).toBe('Entire home/apt');
      expect(s.forbids).not.toContain('pets');
      expect(s.minimumNights).toBeLessThanOrEqual(2);
      expect(s.pricePerNight).toBeLessThanOrEqual(400);
    }
  });

  it('search_restaurants filters by cuisine and price; search_sights by category', async () => {
    const { restaurants } = await call(
      createSearchRestaurantsTool(deps),
      { city: 'Denver', cuisine: 'mexican', maxAverageCost: 60 },
      SearchRestaurantsOutput,
    );
    expect(restaurants.length).toBeGreaterThan(0);
    expect(restaurants.every((r) => r.cuisines.includes('Mexican') && r.averageCost <= 60)).toBe(true);
    const { sights } = await call(
      createSearchSightsTool(deps),
      { city: 'Denver', category: 'museum' },
      SearchSightsOutput,
    );
    expect(sights.length).toBeGreaterThan(0);
    expect(sights.every((s) => s.category?.includes('museum'))).toBe(true);
  });

  it('travel_time, weather_outlook and lookup_place answer with their schemas', async () => {
    const { sights } = await call(createSearchSightsTool(deps), { city: 'Chicago' }, SearchSightsOutput);
    const tool = createTravelTimeTool(deps);
    const legs = await Promise.all(
      sights
        .slice(1)
        .map((s) => call(tool, { city: 'Chicago', from: sights[0]?.name, to: s.name }, TravelTimeOutput)),
    );
    const longest = legs.reduce((a, b) => (b.distanceKm > a.distanceKm ? b : a));
    expect(longest.distanceKm).toBeGreaterThan(2);
    expect(longest.walkingMinutes).toBeGreaterThan(longest.drivingMinutes);
    const weather = await call(
      createWeatherOutlookTool(deps),
      { city: 'Chicago', date: '2027-01-15' },
      WeatherOutlookOutput,
    );
    expect(weather.outlook?.highC).toBeLessThan(10);
    const region = await call(createLookupPlaceTool(deps), { name: 'california' }, LookupPlaceOutput);
    expect(region.kind === 'region' && region.cities.length >= 2).toBe(true);
  });

  it('turns bad arguments into messages the model can act on', async () => {
    expect(
      await errorOf(createSearchFlightsTool(deps), { from: 'Atlantis', to: 'Denver', date: '2027-01-01' }),
    ).toMatch(/Unknown city "Atlantis"/);
    expect(
      await errorOf(createSearchFlightsTool(deps), { from: 'Chicago', to: 'Denver', date: 'next friday' }),
    ).toMatch(/schema:.*date/is);
    expect(await errorOf(createSearchStaysTool(deps), { city: 'Denver', roomType: 'castle' })).toMatch(
      /schema:.*roomType/is,
    );
    expect(await errorOf(createStayDetailsTool(deps), { city: 'Denver', name: 'Nowhere Inn' })).toMatch(
      /No stay named "Nowhere Inn" in Denver/,
    );
    expect(
      await errorOf(createTravelTimeTool(deps), { city: 'Denver', from: 'city centre', to: 'Moon Base' }),
    ).toMatch(/No sight named "Moon Base"/);
    expect(await errorOf(createLookupPlaceTool(deps), { name: 'Narnia' })).toMatch(
      /not a city or region we can plan/,
    );
    expect(await errorOf(createSearchRestaurantsTool(deps), { city: 'Denv' })).toMatch(/Did you mean Denver/);
  });
});
